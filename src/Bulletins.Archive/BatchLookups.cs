using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>
/// What a batch's saves look up in the archive, fetched for the whole batch at its start: the seq
/// of every id already archived, and every archived article sharing a repeat key (body hash or
/// teaser start) with one of the batch's. One query each instead of two an article: on PostgreSQL
/// each was a round trip. Articles the batch adds are added here as they are decided, so a repeat
/// of an earlier article of the same batch is found as before.
/// </summary>
internal sealed class BatchLookups
{
    // Null: an article of this batch whose row is not inserted yet.
    private readonly Dictionary<string, long?> _seqs = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<Candidate>> _byBody = [];
    private readonly Dictionary<long, List<Candidate>> _byStart = [];
    private readonly RepeatKeys _keys;

    private BatchLookups(RepeatKeys keys) => _keys = keys;

    /// <summary>Fetches what <paramref name="batch"/> needs (<paramref name="normalised"/>: each article's body in normal form).</summary>
    public static BatchLookups Fetch(StatementCache statements, StoreDialect dialect, IReadOnlyList<Article> batch, IReadOnlyList<NormalForm> normalised, RepeatKeys keys)
    {
        var lookups = new BatchLookups(keys);
        var ids = batch.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        using (var reader = statements.Command($"SELECT id, seq FROM articles WHERE {dialect.InList("id", "@ids")}", ("@ids", dialect.ListValue(ids))).ExecuteReader())
        {
            while (reader.Read()) lookups._seqs[reader.GetString(0)] = reader.GetInt64(1);
        }
        var bodies = new HashSet<long>();
        var starts = new HashSet<long>();
        for (int i = 0; i < batch.Count; i++)
        {
            if (batch[i].DuplicateOf is not null || lookups._seqs.ContainsKey(batch[i].Id) || normalised[i].BodyHash is not { } body) continue;
            bodies.Add(body);
            if (batch[i].IsTruncated && RepeatKeys.TeaserStart(normalised[i].Text) is { } teaser) starts.Add(RepeatKeys.TeaserLookup(teaser));
        }
        if (bodies.Count == 0) return lookups;
        using (var reader = statements.Command(
            $"SELECT id, kind, body, body_hash, start_hash FROM articles WHERE {dialect.InList("body_hash", "@bodies")} OR {dialect.InList("start_hash", "@starts")} ORDER BY seq",
            ("@bodies", dialect.ListValue(bodies.ToList())), ("@starts", dialect.ListValue(starts.ToList()))).ExecuteReader())
        {
            while (reader.Read())
            {
                var candidate = new Candidate(reader.GetString(0), reader.GetString(1), reader.GetString(2), null);
                lookups.Index(candidate, reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));
            }
        }
        return lookups;
    }

    /// <summary>The seq of the archived article with this id, or null.</summary>
    public long? SeqOf(string id) => _seqs.GetValueOrDefault(id);

    /// <summary>True when an article of this batch has the id but its row is not inserted yet.</summary>
    public bool IsPending(string id) => _seqs.TryGetValue(id, out var seq) && seq is null;

    /// <summary>
    /// The earliest saved article this one repeats, by the rules of <see cref="Reading.DuplicateIndex"/>:
    /// the same normal form, or for a teaser a full text that starts as it does; every hash match confirmed.
    /// </summary>
    public (string Id, string Kind)? FindOriginal(Article article, NormalForm form)
    {
        if (form.BodyHash is not { } bodyHash) return null;
        var normalised = form.Text;
        if (_byBody.TryGetValue(bodyHash, out var same))
        {
            foreach (var candidate in same)
            {
                if (Normal(candidate) == normalised) return (candidate.Id, candidate.Kind);
            }
        }
        if (!article.IsTruncated || RepeatKeys.TeaserStart(normalised) is not { } teaser) return null;
        if (!_byStart.TryGetValue(RepeatKeys.TeaserLookup(teaser), out var fulls)) return null;
        foreach (var candidate in fulls)
        {
            if (RepeatKeys.StartsLike(Normal(candidate), teaser)) return (candidate.Id, candidate.Kind);
        }
        return null;
    }

    /// <summary>Records an article this batch adds, so later ones in the batch find it (its seq comes with <see cref="Numbered"/>).</summary>
    public void Added(Article stored, NormalForm form)
    {
        _seqs[stored.Id] = null;
        Index(new Candidate(stored.Id, stored.Kind, null, form.Text), form.BodyHash, form.StartHash);
    }

    /// <summary>The seq an article of this batch was given when its row was inserted (or another writer's, for the same id).</summary>
    public void Numbered(string id, long seq) => _seqs[id] = seq;

    private void Index(Candidate candidate, long? bodyHash, long? startHash)
    {
        if (bodyHash is { } body) Add(_byBody, body, candidate);
        if (startHash is { } start) Add(_byStart, start, candidate);
    }

    private static void Add(Dictionary<long, List<Candidate>> index, long key, Candidate candidate)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(candidate);
    }

    // A stored body is normalised when first compared (most keys never are).
    private string Normal(Candidate candidate) => candidate.Normalised ??= _keys.Normalise(ArticleCodec.Paragraphs(candidate.Body!));

    private sealed class Candidate(string id, string kind, string? body, string? normalised)
    {
        public string Id { get; } = id;
        public string Kind { get; } = kind;
        public string? Body { get; } = body;
        public string? Normalised { get; set; } = normalised;
    }
}
