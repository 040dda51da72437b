namespace Bulletins.Archive;

/// <summary>What saving one article did.</summary>
public enum SaveStatus
{
    /// <summary>A new article: stored, with its first sighting.</summary>
    Added,
    /// <summary>Its id was archived already: a sighting (file, line, time) was added to the stored one.</summary>
    Sighted,
    /// <summary>Its id was archived already with this very file and line: nothing changed.</summary>
    Unchanged,
}

/// <summary>An article handed to the archive, as stored, and what the save did.</summary>
/// <param name="Article">
/// The article as the archive holds it: for <see cref="SaveStatus.Added"/> the article given, with
/// <see cref="Bulletins.Article.DuplicateOf"/> set when it repeats an archived original; otherwise the
/// article as first saved.
/// </param>
/// <param name="Status">Added, sighted or unchanged.</param>
public sealed record SaveOutcome(Article Article, SaveStatus Status);
