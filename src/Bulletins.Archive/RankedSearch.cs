using System.Globalization;
using Bulletins.Archive.Stores;
using Bulletins.Querying;

namespace Bulletins.Archive;

/// <summary>
/// A full-text query against the archive, ranked within windows of the newest matches: the store
/// finds the newest <see cref="ArchiveOptions.RankWindow"/> articles (in save order) that hold every
/// term and pass the filters, ranks only those (bm25 / ts_rank), and they are read back best first;
/// then the next older window, and so on until every match is given once. Ranking every match before
/// the first (what FTS5's <c>ORDER BY rank</c> does) costs a phrase in 4 % of a million articles
/// hundreds of milliseconds; a window bounds the first page's cost however large the archive grows.
/// </summary>
internal sealed class RankedSearch
{
    // Articles are read back in rank order, a page at a time: the first page (a prompt's screen,
    // Select-Object -First 20) reads no more than it shows; later ones read more at once.
    private const int FirstChunk = 20;
    private const int ReadChunk = 100;

    private readonly BulletinArchive _archive;
    private readonly SearchQuery _query;
    private readonly ArchiveFilter _filter;

    public RankedSearch(BulletinArchive archive, SearchQuery query, ArchiveFilter filter)
    {
        _archive = archive;
        _query = query;
        _filter = filter;
    }

    public IEnumerable<SearchHit> Hits()
    {
        var dialect = _archive.Dialect;
        var check = _filter.ToArticleFilter();
        var terms = _query.Terms.Select(t => t.Text).ToList();
        int window = _archive.Options.RankWindow;
        long before = long.MaxValue;
        using var connection = dialect.Connect();
        // Once for the query, so every window ranks by the same weights.
        var termValues = dialect.TermValues(connection, terms);
        while (true)
        {
            var ranked = Window(connection, termValues, before, window);
            if (ranked.Count == 0) yield break;
            before = ranked.Min(r => r.Seq);
            // Best first; equal ranks newest first, as the windows go.
            ranked.Sort((x, y) => x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank) : y.Seq.CompareTo(x.Seq));
            for (int at = 0, size = FirstChunk; at < ranked.Count; at += size, size = ReadChunk)
            {
                var chunk = ranked.Skip(at).Take(size).Select(r => r.Seq).ToList();
                var articles = Read(connection, chunk);
                foreach (long seq in chunk)
                {
                    // A row deleted between the two statements is simply not there.
                    if (!articles.TryGetValue(seq, out var article) || !check.Matches(article)) continue;
                    // The store's tokens found the row; the file search's rule says where (and drops a row it would
                    // not match) and gives the same Score as over files. The order is the store's ranking.
                    if (ArticleSearch.Match(article, _query) is { } hit) yield return hit;
                }
            }
            if (ranked.Count < window) yield break;
        }
    }

    /// <summary>The newest <paramref name="window"/> matches saved before <paramref name="before"/>, each with its rank (lower is better).</summary>
    private List<(long Seq, double Rank)> Window(System.Data.Common.DbConnection connection, IReadOnlyList<object> termValues, long before, int window)
    {
        var where = new FilterSql(_filter, _archive.KindNames);
        var termParameters = termValues.Select(where.Parameter).ToList();
        var sql = _archive.Dialect.RankWindowSql(termParameters, where.Parameter(before), where.Where, window);
        using var command = Sql.Command(connection, null, sql);
        where.AddTo(command);
        using var reader = command.ExecuteReader();
        var ranked = new List<(long, double)>(Math.Min(window, 1024));
        while (reader.Read()) ranked.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return ranked;
    }

    private Dictionary<long, Article> Read(System.Data.Common.DbConnection connection, IReadOnlyList<long> seqs)
    {
        using var command = Sql.Command(connection, null, "");
        var names = new List<string>(seqs.Count);
        for (int i = 0; i < seqs.Count; i++)
        {
            names.Add("@s" + i.ToString(CultureInfo.InvariantCulture));
            Sql.Add(command, names[i], seqs[i]);
        }
        command.CommandText = $"SELECT {BulletinArchive.Columns} FROM articles a WHERE a.seq IN ({string.Join(", ", names)})";
        using var reader = command.ExecuteReader();
        var articles = new Dictionary<long, Article>(seqs.Count);
        while (reader.Read()) articles[reader.GetInt64(0)] = _archive.ReadArticle(reader);
        return articles;
    }
}
