using Bulletins.Querying;

namespace Bulletins.Archive;

/// <summary>
/// Which archived articles to read or search: every condition that is set must hold, as
/// <see cref="ArticleFilter"/> over files. Names are <see cref="Glob"/> patterns (a name without
/// wildcards matches itself, ignoring case); any of several patterns may match.
/// </summary>
public sealed record ArchiveFilter
{
    /// <summary>A filter that lets everything through.</summary>
    public static ArchiveFilter None { get; } = new();

    /// <summary>Only these ids (exact).</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Kind name patterns, e.g. <c>OperationReport</c>.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Source name patterns, e.g. <c>Europol</c>.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>At least one person mentioned (by full name) must match one of these patterns.</summary>
    public IReadOnlyList<string>? People { get; init; }

    /// <summary>At least one country mentioned must match one of these patterns.</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    /// <summary>The article must mention a date on or after this day (a range counts if it ends on or after it).</summary>
    public DateOnly? After { get; init; }

    /// <summary>The article must mention a date on or before this day; with <see cref="After"/>, the same mention must satisfy both.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>The same conditions as an in-memory filter, with the same meaning as the store's SQL.</summary>
    public ArticleFilter ToArticleFilter() => new()
    {
        Kind = Matcher(Kinds),
        Source = Matcher(Sources),
        Person = Matcher(People),
        Country = Matcher(Countries),
        After = After,
        Before = Before,
    };

    private static Func<string, bool>? Matcher(IReadOnlyList<string>? patterns)
    {
        if (patterns is null || patterns.Count == 0) return null;
        return text => patterns.Any(p => Glob.IsMatch(p, text));
    }
}
