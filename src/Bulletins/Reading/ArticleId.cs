using System.Security.Cryptography;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The stable id of an article: the first 16 hex digits of the SHA-256 of its normalised title, a
/// line feed and its normalised body (UTF-8). The same release read again, from any file, in any
/// encoding or line-end style, gets the same id; a reworded title gives a different one.
/// One instance per reader: the UTF-8 buffer is reused.
/// </summary>
internal sealed class ArticleId
{
    private byte[] _bytes = new byte[8192];

    public string Compute(ReadOnlySpan<char> normalisedTitle, ReadOnlySpan<char> normalisedBody)
    {
        int needed = Encoding.UTF8.GetMaxByteCount(normalisedTitle.Length + normalisedBody.Length + 1);
        if (_bytes.Length < needed) _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        int written = Encoding.UTF8.GetBytes(normalisedTitle, _bytes);
        _bytes[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(normalisedBody, _bytes.AsSpan(written));

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_bytes.AsSpan(0, written), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
