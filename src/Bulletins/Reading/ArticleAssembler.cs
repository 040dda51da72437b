using Bulletins.Extraction;

namespace Bulletins.Reading;

/// <summary>
/// Turns drafts into typed articles, in file order: the stable id, the duplicate check, the
/// bulletin's year so far, then the factory (classification and extraction). A repeat of an earlier
/// article keeps that article's kind: it is the same release, only its title is reworded, and a
/// reworded title must not turn an operation report into a news release.
/// </summary>
internal sealed class ArticleAssembler
{
    private readonly Func<ExtractionContext, Article> _factory;
    private readonly DuplicateIndex _duplicates;
    private readonly bool _builtInFactory;
    // The kinds of the articles the duplicate index remembers, forgotten with them, so memory stays flat.
    private readonly Dictionary<string, ArticleKind> _kinds = new(StringComparer.Ordinal);
    private readonly Queue<string> _kindOrder = new();
    private readonly TextNormaliser _title = new();
    private readonly TextNormaliser _body = new();
    private readonly ArticleId _ids = new();
    private int? _bulletinYear;

    public ArticleAssembler(BulletinReadOptions? options)
    {
        _factory = options?.Factory ?? ArticleFactory.Create;
        _builtInFactory = _factory.Equals((Func<ExtractionContext, Article>)ArticleFactory.Create);
        _duplicates = options?.Duplicates ?? new DuplicateIndex();
    }

    public Article Assemble(ArticleDraft draft)
    {
        var body = _body.Body(draft);
        var id = _ids.Compute(_title.Text(draft.Title), body);
        var duplicateOf = _duplicates.FindOrAdd(body, draft.IsTruncated, id);
        var context = new ExtractionContext(draft, id, duplicateOf, _bulletinYear);
        var article = _builtInFactory && duplicateOf is not null && _kinds.TryGetValue(duplicateOf, out var kind)
            ? ArticleFactory.Create(kind, context)
            : _factory(context);
        if (_builtInFactory && Enum.TryParse<ArticleKind>(article.Kind, out var own) && _kinds.TryAdd(id, own))
        {
            _kindOrder.Enqueue(id);
            if (_kindOrder.Count > _duplicates.Capacity) _kinds.Remove(_kindOrder.Dequeue());
        }

        // The latest year the bulletin's own dates give, for day-and-month dates further on.
        foreach (var date in article.Dates)
        {
            if (_bulletinYear is not { } year || date.End.Year > year) _bulletinYear = date.End.Year;
        }
        return article;
    }
}
