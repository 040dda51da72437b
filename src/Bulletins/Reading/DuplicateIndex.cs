using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// Remembers normalised bodies so that a later article repeating one is marked as its duplicate.
/// </summary>
/// <remarks>
/// <para>Two rules (docs/format.md, "Ids and duplicates"):</para>
/// <list type="number">
/// <item>Same body: the normalised bodies are equal (titles may differ: feeds reword them).</item>
/// <item>Teaser of an earlier full text: a truncated article whose normalised body, without its
/// final ellipsis and at least 64 characters long, is exactly the start of an earlier article's
/// normalised body (compared over the first 1 024 characters).</item>
/// </list>
/// <para>A full text that comes after its teaser is not marked: it repeats nothing, it adds text.
/// Articles with an empty body are never duplicates. Whole bodies are kept as SHA-256 digests of a
/// key drawn at random for each index followed by the body's UTF-8: a digest match is a body match (no
/// collision can be found for SHA-256, and with an unknown key before the text none can even be aimed at), so a crafted text can never
/// make a later report the repeat of it, while the index keeps 32 bytes a body, not the body; for
/// the teaser rule the first 1 024 normalised characters of each full text are kept (UTF-8), about
/// 1 KB an article. So that memory stays flat however long the input, the index remembers the most
/// recent <see cref="Capacity"/> articles only (16 384 by default: a year of daily bulletins, for
/// about 18 MB); an article repeating one older than that is not marked. Not thread-safe.</para>
/// </remarks>
public sealed class DuplicateIndex
{
    /// <summary>How many articles the index remembers by default.</summary>
    public const int DefaultCapacity = 16_384;

    /// <summary>Shortest teaser compared with earlier texts: fewer words than this say too little.</summary>
    internal const int MinTeaserLength = 64;

    /// <summary>Longest start of a full text kept for teasers; feed teasers are a paragraph or two.</summary>
    internal const int MaxPrefixLength = 1024;

    private readonly Dictionary<BodyDigest, string> _bodies = [];

    // Drawn per index: digests are never stored or compared across processes.
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    // Keyed by the hash of the first 64 normalised characters.
    private readonly Dictionary<ulong, List<(string Id, byte[] Prefix)>> _starts = [];

    // The record type (kind) each remembered article was given (null until the caller says), by id.
    private readonly Dictionary<string, Type?> _kinds = new(StringComparer.Ordinal);

    // What each remembered article added, oldest first, so the oldest can be forgotten.
    private readonly Queue<(string Id, BodyDigest Body, ulong? Start)> _remembered = new();

    /// <summary>An index remembering the most recent <paramref name="capacity"/> articles.</summary>
    public DuplicateIndex(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>How many of the most recent articles the index compares a new one with.</summary>
    public int Capacity { get; }

    /// <summary>Returns the id of the earlier article with the same normalised body, or records this one and returns null.</summary>
    public string? FindOrAdd(ArticleDraft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(id);
        return FindOrAdd(new TextNormaliser().Body(draft), draft.IsTruncated, id);
    }

    /// <summary>The same, for a body the caller has already normalised.</summary>
    internal string? FindOrAdd(ReadOnlySpan<char> normalisedBody, bool isTruncated, string id) => FindOrAdd(Prepare(normalisedBody, isTruncated), id);

    /// <summary><see cref="Prepare(ReadOnlySpan{char}, ReadOnlySpan{byte}, bool)"/> for a body not yet in UTF-8.</summary>
    internal DuplicateKey Prepare(ReadOnlySpan<char> normalisedBody, bool isTruncated) =>
        Prepare(normalisedBody, Utf8(normalisedBody), isTruncated);

    /// <summary>
    /// What the index compares of one body: its digest, and the hashed and kept starts the teaser rule
    /// needs. The costly part (hashing every character), so it is safe to call from several threads at
    /// once: it reads only the key. <see cref="FindOrAdd(DuplicateKey, string)"/> then looks it up, in order.
    /// </summary>
    /// <param name="normalisedBody">The body's normal form.</param>
    /// <param name="normalisedBodyUtf8">The same text in UTF-8 (the id's reader has it already).</param>
    /// <param name="isTruncated">True for a teaser cut off with an ellipsis.</param>
    internal DuplicateKey Prepare(ReadOnlySpan<char> normalisedBody, ReadOnlySpan<byte> normalisedBodyUtf8, bool isTruncated)
    {
        if (normalisedBody.Length == 0) return DuplicateKey.EmptyBody;
        var body = Digest(normalisedBodyUtf8);
        if (isTruncated)
        {
            var teaser = WithoutEllipsis(normalisedBody);
            return teaser.Length < MinTeaserLength
                ? new DuplicateKey(body, null, null, IsTeaser: true)
                : new DuplicateKey(body, Hash(teaser[..MinTeaserLength]), Utf8(teaser[..Math.Min(teaser.Length, MaxPrefixLength)]), IsTeaser: true);
        }
        return normalisedBody.Length < MinTeaserLength
            ? new DuplicateKey(body, null, null, IsTeaser: false)
            : new DuplicateKey(body, Hash(normalisedBody[..MinTeaserLength]), Utf8(normalisedBody[..Math.Min(normalisedBody.Length, MaxPrefixLength)]), IsTeaser: false);
    }

    /// <summary>Returns the id of the earlier article this key repeats, or records it and returns null.</summary>
    internal string? FindOrAdd(DuplicateKey key, string id)
    {
        if (key.IsEmptyBody) return null;

        if (_bodies.TryGetValue(key.Body, out var earlier)) return earlier;
        _bodies.Add(key.Body, id);

        ulong? start = null;
        string? fullText = null;
        if (key.IsTeaser)
        {
            if (key.Start is ulong teaserStart) fullText = FindFullText(teaserStart, key.Prefix!);
        }
        else if (key.Start is ulong bodyStart)
        {
            start = bodyStart;
            if (!_starts.TryGetValue(bodyStart, out var texts)) _starts.Add(bodyStart, texts = []);
            texts.Add((id, key.Prefix!));
        }

        _remembered.Enqueue((id, key.Body, start));
        _kinds[id] = null;
        if (_remembered.Count > Capacity) ForgetOldest();
        return fullText;
    }

    /// <summary>
    /// Records the record type (the kind) an article the index remembers was given, so that a repeat can be
    /// given the same one; ignored for any other id.
    /// </summary>
    public void RememberRecordType(string id, Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        if (_kinds.ContainsKey(id)) _kinds[id] = recordType;
    }

    /// <summary>The record type recorded for a remembered article, or null.</summary>
    public Type? RecordTypeOf(string id) => _kinds.GetValueOrDefault(id);

    private void ForgetOldest()
    {
        var (id, body, start) = _remembered.Dequeue();
        _kinds.Remove(id);
        if (_bodies.TryGetValue(body, out var holder) && ReferenceEquals(holder, id)) _bodies.Remove(body);
        if (start is ulong key && _starts.TryGetValue(key, out var texts))
        {
            texts.RemoveAll(text => ReferenceEquals(text.Id, id));
            if (texts.Count == 0) _starts.Remove(key);
        }
    }

    private string? FindFullText(ulong teaserStart, byte[] compared)
    {
        if (!_starts.TryGetValue(teaserStart, out var texts)) return null;
        foreach (var (id, prefix) in texts)
        {
            if (prefix.AsSpan().StartsWith(compared)) return id;
        }
        return null;
    }

    private static byte[] Utf8(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    internal static ReadOnlySpan<char> WithoutEllipsis(ReadOnlySpan<char> normalisedBody)
    {
        // The normal form spells the ellipsis "...".
        var text = normalisedBody;
        if (text.EndsWith("...", StringComparison.Ordinal)) text = text[..^3];
        return text.TrimEnd(' ');
    }

    // One reused SHA-256 a thread (Prepare runs on the reader's workers): a one-shot HMAC set up
    // OpenSSL's MAC afresh for every article, and hashed the UTF-16, twice the bytes.
    [ThreadStatic] private static IncrementalHash? t_sha256;

    /// <summary>The keyed digest of a whole normalised body: SHA-256 over the index's key and then the body's UTF-8.</summary>
    private BodyDigest Digest(ReadOnlySpan<byte> utf8)
    {
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(_key);
        sha256.AppendData(utf8);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        sha256.GetHashAndReset(digest);
        return MemoryMarshal.Read<BodyDigest>(digest);
    }

    internal readonly record struct BodyDigest(ulong A, ulong B, ulong C, ulong D);

    /// <summary>
    /// One body as the index compares it (<see cref="Prepare(ReadOnlySpan{char}, ReadOnlySpan{byte}, bool)"/>): the digest, and the hash of its first
    /// 64 characters with its kept start (UTF-8), or null when shorter; a teaser's are without its ellipsis.
    /// </summary>
    internal readonly record struct DuplicateKey(BodyDigest Body, ulong? Start, byte[]? Prefix, bool IsTeaser)
    {
        public static DuplicateKey EmptyBody => new(default, null, null, false) { IsEmptyBody = true };

        public bool IsEmptyBody { get; private init; }
    }

    /// <summary>A 64-bit hash, four characters at a time (multiply-rotate mixing): only a bucket key, every match is then compared in full.</summary>
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong hash = 0x9E3779B97F4A7C15;
        int whole = text.Length & ~3;
        foreach (ulong word in MemoryMarshal.Cast<char, ulong>(text[..whole])) hash = Step(hash, word);
        foreach (char c in text[whole..]) hash = Step(hash, c);
        return hash;
    }

    private static ulong Step(ulong hash, ulong value)
    {
        hash ^= value * 0xC2B2AE3D27D4EB4F;
        hash = ulong.RotateLeft(hash, 31) * 0x9E3779B97F4A7C15;
        return hash ^ (hash >> 29);
    }
}
