using System.Runtime.InteropServices;

namespace Bulletins.Reading;

/// <summary>
/// Remembers normalised bodies so that a later article repeating one is marked as its duplicate.
/// </summary>
/// <remarks>
/// <para>Two rules (docs/format.md, "Duplicates"):</para>
/// <list type="number">
/// <item>Same body: the normalised bodies are equal (titles may differ: feeds reword them).</item>
/// <item>Teaser of an earlier full text: a truncated article whose normalised body, without its
/// final ellipsis, is the start of an earlier article's normalised body. The comparison is made on
/// 64-bit hashes at every 64th character of the first 1 024: a teaser must be at least 64
/// characters long, and its last partial block of under 64 characters is not compared.</item>
/// </list>
/// <para>A full text that comes after its teaser is not marked: it repeats nothing, it adds text.
/// Articles with an empty body are never duplicates. Only hashes are kept, never the texts, so a
/// shared index stays small across many files. Not thread-safe.</para>
/// </remarks>
public sealed class DuplicateIndex
{
    /// <summary>Prefix blocks compared for teasers.</summary>
    internal const int BlockLength = 64;

    /// <summary>Longest prefix indexed for teasers; feed teasers are a paragraph or two.</summary>
    internal const int MaxPrefixLength = 1024;

    private readonly Dictionary<(ulong Hash, int Length), string> _bodies = [];
    private readonly Dictionary<(ulong Hash, int Length), string> _prefixes = [];

    /// <summary>Returns the id of the earlier article with the same normalised body, or records this one and returns null.</summary>
    public string? FindOrAdd(ArticleDraft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(id);
        return FindOrAdd(TextNormaliser.Body(draft), draft.IsTruncated, id);
    }

    /// <summary>The same, for a body the caller has already normalised.</summary>
    internal string? FindOrAdd(string normalisedBody, bool isTruncated, string id)
    {
        if (normalisedBody.Length == 0) return null;

        var body = (Hash(normalisedBody), normalisedBody.Length);
        if (_bodies.TryGetValue(body, out var earlier)) return earlier;
        _bodies.Add(body, id);

        if (isTruncated)
        {
            var teaser = WithoutEllipsis(normalisedBody);
            int blocks = Math.Min(teaser.Length, MaxPrefixLength) / BlockLength;
            if (blocks > 0 && _prefixes.TryGetValue((PrefixHash(teaser, blocks), blocks * BlockLength), out var full))
            {
                return full;
            }
            return null;
        }

        // Index the prefixes of a full text, so that a later teaser of it is found.
        ulong chain = Seed;
        int limit = Math.Min(normalisedBody.Length, MaxPrefixLength) / BlockLength;
        for (int block = 1; block <= limit; block++)
        {
            chain = Mix(chain, normalisedBody.AsSpan((block - 1) * BlockLength, BlockLength));
            _prefixes.TryAdd((chain, block * BlockLength), id);
        }
        return null;
    }

    private static ReadOnlySpan<char> WithoutEllipsis(string normalisedBody)
    {
        // The normal form spells the ellipsis "...".
        var text = normalisedBody.AsSpan();
        if (text.EndsWith("...", StringComparison.Ordinal)) text = text[..^3];
        return text.TrimEnd(' ');
    }

    private static ulong PrefixHash(ReadOnlySpan<char> text, int blocks)
    {
        ulong chain = Seed;
        for (int block = 0; block < blocks; block++)
        {
            chain = Mix(chain, text.Slice(block * BlockLength, BlockLength));
        }
        return chain;
    }

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong chain = Mix(Seed, text[..(text.Length & ~3)]);
        foreach (char c in text[(text.Length & ~3)..]) chain = Step(chain, c);
        return chain;
    }

    private const ulong Seed = 0x9E3779B97F4A7C15;

    /// <summary>Hashes four characters at a time (a multiply-rotate mix); the length must be a multiple of four.</summary>
    private static ulong Mix(ulong chain, ReadOnlySpan<char> text)
    {
        foreach (ulong word in MemoryMarshal.Cast<char, ulong>(text)) chain = Step(chain, word);
        return chain;
    }

    private static ulong Step(ulong chain, ulong value)
    {
        chain ^= value * 0xC2B2AE3D27D4EB4F;
        chain = ulong.RotateLeft(chain, 31) * 0x9E3779B97F4A7C15;
        return chain ^ (chain >> 29);
    }
}
