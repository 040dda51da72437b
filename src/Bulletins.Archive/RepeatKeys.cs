using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Bulletins.Reading;

namespace Bulletins.Archive;

/// <summary>
/// The keys the archive finds repeats by, with the library's rules (<see cref="DuplicateIndex"/>):
/// the normal form of the body, and for full texts the start a teaser would repeat. Hashes are the
/// first 8 bytes of SHA-256 over the UTF-8 normal form, stable across processes and machines (the
/// in-memory index's hash is not); a hash match is confirmed by comparing normal forms.
/// </summary>
internal sealed class RepeatKeys
{
    private readonly TextNormaliser _normaliser = new();

    /// <summary>The normal form of a body given as paragraphs.</summary>
    public string Normalise(IReadOnlyList<string> paragraphs) => _normaliser.Body(paragraphs).ToString();

    /// <summary>The hash of a whole normal form; null for an empty body, which is never a repeat.</summary>
    public static long? BodyHash(string normalised) => normalised.Length == 0 ? null : Hash(normalised);

    /// <summary>The hash of the start a teaser of this full text would repeat; null for a teaser or a short body.</summary>
    public static long? StartHash(string normalised, bool isTruncated) =>
        isTruncated || normalised.Length < DuplicateIndex.MinTeaserLength ? null : Hash(normalised.AsSpan(0, DuplicateIndex.MinTeaserLength));

    /// <summary>For a teaser: the text its full text starts with (without the ellipsis), or null when too short to compare.</summary>
    public static string? TeaserStart(string normalised)
    {
        var teaser = DuplicateIndex.WithoutEllipsis(normalised);
        return teaser.Length < DuplicateIndex.MinTeaserLength ? null : teaser[..Math.Min(teaser.Length, DuplicateIndex.MaxPrefixLength)].ToString();
    }

    /// <summary>The hash a teaser looks its full text up by.</summary>
    public static long TeaserLookup(string teaserStart) => Hash(teaserStart.AsSpan(0, DuplicateIndex.MinTeaserLength));

    /// <summary>True when a full text's normal form starts as the teaser does (over the first 1 024 characters).</summary>
    public static bool StartsLike(string fullText, string teaserStart) =>
        fullText.AsSpan(0, Math.Min(fullText.Length, DuplicateIndex.MaxPrefixLength)).StartsWith(teaserStart, StringComparison.Ordinal);

    private static long Hash(ReadOnlySpan<char> text)
    {
        Span<byte> digest = stackalloc byte[32];
        // A body's UTF-8 fits a pooled buffer: no array per hash (the writer hashed every body four times, each with two copies).
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, bytes);
            SHA256.HashData(bytes.AsSpan(0, length), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        return BinaryPrimitives.ReadInt64LittleEndian(digest);
    }
}
