using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The stable id of an article: the first 16 hex digits of the SHA-256 of its normalised title, a
/// line feed and its normalised body (UTF-8). The same release read again, from any file, in any
/// encoding or line-end style, gets the same id; a reworded title gives a different one.
/// </summary>
internal static class ArticleId
{
    public static string Compute(string normalisedTitle, string normalisedBody)
    {
        int length = Encoding.UTF8.GetMaxByteCount(normalisedTitle.Length + normalisedBody.Length + 1);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int written = Encoding.UTF8.GetBytes(normalisedTitle, bytes);
            bytes[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(normalisedBody, bytes.AsSpan(written));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
