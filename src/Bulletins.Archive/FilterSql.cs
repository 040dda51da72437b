using System.Data.Common;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>
/// An <see cref="ArchiveFilter"/> as a SQL condition over <c>articles a</c>, with its parameters.
/// Names compare by their lower-cased key: equality where a pattern has no wildcards (so the
/// indexes serve it), LIKE otherwise. The same conditions are checked again in memory on each row
/// read (<see cref="ArchiveFilter.ToArticleFilter"/>), so both stores answer exactly as files do.
/// People and countries are <c>seq IN (subquery)</c>, so the store can start from their index
/// rather than probe it once per article; the date window, rarely selective alone, is checked per
/// candidate with EXISTS.
/// </summary>
internal sealed class FilterSql
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public FilterSql(ArchiveFilter filter, IEnumerable<string> kindNames)
    {
        if (filter.Ids is { Count: > 0 } ids) _conditions.Add(AnyOf("a.id", ids, keyed: false));
        if (filter.Kinds is { Count: > 0 } kinds)
        {
            // Kinds are the schema's names: match the patterns here, so the store compares exactly (and uses its index).
            var names = kindNames.Where(name => kinds.Any(k => Glob.IsMatch(k, name))).ToList();
            _conditions.Add(names.Count == 0 ? "1 = 0" : AnyOf("a.kind", names, keyed: false));
        }
        if (filter.Sources is { Count: > 0 } sources) _conditions.Add(AnyOf("a.source_key", sources, keyed: true));
        if (filter.People is { Count: > 0 } people)
            _conditions.Add($"a.seq IN (SELECT p.article_seq FROM people p WHERE {AnyOf("p.name_key", people, keyed: true)})");
        if (filter.Countries is { Count: > 0 } countries)
            _conditions.Add($"a.seq IN (SELECT c.article_seq FROM countries c WHERE {AnyOf("c.country_key", countries, keyed: true)})");
        if (filter.After is not null || filter.Before is not null)
        {
            var window = new List<string>();
            if (filter.After is { } after) window.Add($"d.end_day >= {Parameter(Sql.Day(after))}");
            if (filter.Before is { } before) window.Add($"d.start_day <= {Parameter(Sql.Day(before))}");
            _conditions.Add($"EXISTS (SELECT 1 FROM dates d WHERE d.article_seq = a.seq AND {string.Join(" AND ", window)})");
        }
    }

    /// <summary>The condition, or an empty string when nothing is filtered.</summary>
    public string Where => string.Join(" AND ", _conditions);

    public string Parameter(object? value)
    {
        var name = "@f" + _parameters.Count;
        _parameters.Add((name, value));
        return name;
    }

    public void AddTo(DbCommand command)
    {
        foreach (var (name, value) in _parameters) Sql.Add(command, name, value);
    }

    private string AnyOf(string column, IReadOnlyList<string> patterns, bool keyed)
    {
        var exact = patterns.Where(p => !keyed || !Glob.HasWildcards(p)).Select(p => keyed ? Glob.Key(p) : p).Distinct().ToList();
        var parts = new List<string>();
        if (exact.Count > 0) parts.Add($"{column} IN ({string.Join(", ", exact.Select(p => Parameter(p)))})");
        foreach (var pattern in patterns.Where(p => keyed && Glob.HasWildcards(p)))
        {
            parts.Add($"{column} LIKE {Parameter(Glob.ToLike(pattern))} ESCAPE '\\'");
        }
        return "(" + string.Join(" OR ", parts) + ")";
    }
}
