namespace Bulletins.Querying;

/// <summary>
/// Conditions on an article's metadata; every condition that is set must hold. Text conditions are
/// predicates so that a caller decides how names match (PowerShell passes wildcard patterns);
/// <see cref="Equal"/> gives the plain case-insensitive comparison.
/// </summary>
public sealed class ArticleFilter
{
    /// <summary>A filter that lets everything through.</summary>
    public static ArticleFilter None { get; } = new();

    /// <summary>Kind name condition, e.g. <c>Speech</c>.</summary>
    public Func<string, bool>? Kind { get; init; }

    /// <summary>Source name condition, e.g. <c>Europol</c>.</summary>
    public Func<string, bool>? Source { get; init; }

    /// <summary>At least one person mentioned (by full name) must satisfy this.</summary>
    public Func<string, bool>? Person { get; init; }

    /// <summary>At least one country mentioned must satisfy this.</summary>
    public Func<string, bool>? Country { get; init; }

    /// <summary>The article must mention a date on or after this day (a range counts if it ends on or after it).</summary>
    public DateOnly? After { get; init; }

    /// <summary>The article must mention a date on or before this day (a range counts if it starts on or before it).</summary>
    public DateOnly? Before { get; init; }

    /// <summary>True when no condition is set.</summary>
    public bool IsEmpty => Kind is null && Source is null && Person is null && Country is null && After is null && Before is null;

    /// <summary>True when any of <paramref name="values"/> equals the text, ignoring case; null for no values.</summary>
    public static Func<string, bool>? Equal(IEnumerable<string>? values)
    {
        var set = values?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return set is null || set.Count == 0 ? null : set.Contains;
    }

    /// <summary>True when every condition that is set holds for <paramref name="article"/>.</summary>
    public bool Matches(Article article)
    {
        if (Kind is not null && !Kind(article.Kind)) return false;
        if (Source is not null && !Source(article.Source)) return false;
        if (Person is not null && !article.People.Any(p => Person(p.Name))) return false;
        if (Country is not null && !article.Countries.Any(Country)) return false;
        if (After is null && Before is null) return true;
        // One mentioned date (or range) must fall in the window; both bounds apply to the same mention.
        return article.Dates.Any(d => (After is not { } after || DateOnly.FromDateTime(d.End) >= after) && (Before is not { } before || DateOnly.FromDateTime(d.Start) <= before));
    }
}
