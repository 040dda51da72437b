using System.Runtime.CompilerServices;

namespace Bulletins.Reading;

/// <summary>
/// What the reader knew when it extracted an article: its draft and the bulletin's dating (the year
/// and latest full date from the articles around it). Kept beside each article the reader makes, for
/// as long as the article lives, outside the record (its equality stays the fields'), so that the
/// archive can extract a repeat again as its original's kind exactly as Import-Bulletin would have.
/// </summary>
internal sealed record ReadingContext(ArticleDraft Draft, int? BulletinYear, DateOnly? BulletinDate)
{
    private static readonly ConditionalWeakTable<Article, ReadingContext> Contexts = new();

    public static void Remember(Article article, Extraction.Runtime.ExtractionContext context) =>
        Contexts.AddOrUpdate(article, new ReadingContext(context.Draft, context.BulletinYear, context.BulletinDate));

    /// <summary>The context the reader extracted this very article in, or null (an article not from the reader, or a copy).</summary>
    public static ReadingContext? Of(Article article) => Contexts.TryGetValue(article, out var context) ? context : null;
}
