using System.Security.Cryptography;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The stable id of an article: the first 16 hex digits of the SHA-256 of its normalised title, a
/// line feed and its normalised body (UTF-8). The same release read again, from any file, in any
/// encoding or line-end style, gets the same id; a reworded title gives a different one.
/// One instance per reader (or worker thread): the UTF-8 buffer and the hash are reused, and the
/// body's UTF-8 stays readable (<see cref="BodyUtf8"/>) so the duplicate index hashes it without
/// encoding it again.
/// </summary>
internal sealed class ArticleId
{
    private byte[] _bytes = new byte[8192];
    private int _bodyStart;
    private int _length;

    // One reused SHA-256: the one-shot call looks the algorithm up in OpenSSL on every article.
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The UTF-8 of the body given to the last <see cref="Compute"/>; valid until the next call.</summary>
    public ReadOnlySpan<byte> BodyUtf8 => _bytes.AsSpan(_bodyStart, _length - _bodyStart);

    public string Compute(ReadOnlySpan<char> normalisedTitle, ReadOnlySpan<char> normalisedBody)
    {
        int needed = Encoding.UTF8.GetMaxByteCount(normalisedTitle.Length + normalisedBody.Length + 1);
        if (_bytes.Length < needed) _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        int written = Encoding.UTF8.GetBytes(normalisedTitle, _bytes);
        _bytes[written++] = (byte)'\n';
        _bodyStart = written;
        written += Encoding.UTF8.GetBytes(normalisedBody, _bytes.AsSpan(written));
        _length = written;

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.AppendData(_bytes, 0, written);
        _sha256.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
