using Bulletins.Extraction.Runtime;
using Bulletins.Schema;

namespace Bulletins.Archive;

/// <summary>How to open an archive.</summary>
public sealed record ArchiveOptions
{
    /// <summary>Create the archive when the file (or the database's tables) does not exist yet; false for readers.</summary>
    public bool Create { get; init; } = true;

    /// <summary>The schema's kinds; the built-in schema's unless set (a program with its own schema passes its <c>ArticleSchema.Kinds</c>).</summary>
    public IReadOnlyList<KindInfo> Kinds { get; init; } = ArticleSchema.Kinds;

    /// <summary>The schema's factory, used to re-extract articles from their text when the schema changed.</summary>
    public Func<ExtractionContext, Article> Factory { get; init; } = ArticleFactory.Create;

    /// <summary>Articles per transaction when saving.</summary>
    public int BatchSize { get; init; } = 500;
}
