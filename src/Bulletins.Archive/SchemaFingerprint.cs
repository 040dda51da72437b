using System.Security.Cryptography;
using System.Text;
using Bulletins.Schema;

namespace Bulletins.Archive;

/// <summary>
/// What extracted an archive's articles, as one short text: the schema's kinds and fields, and the
/// version of the library whose rules extracted them (a release may change what the same text
/// gives: a date read otherwise, a count fixed). When it differs from the one an archive recorded,
/// the articles are re-extracted from their stored text (the migration rule in docs/archive.md).
/// </summary>
internal static class SchemaFingerprint
{
    /// <summary>The version of the extraction rules: the core library's, which every release changes.</summary>
    public static string ExtractorVersion { get; } = typeof(Article).Assembly.GetName().Version!.ToString();

    public static string Of(IReadOnlyList<KindInfo> kinds) => Of(kinds, ExtractorVersion);

    public static string Of(IReadOnlyList<KindInfo> kinds, string extractorVersion)
    {
        var text = new StringBuilder("extractor:").Append(extractorVersion).Append(';');
        foreach (var field in BaseFields.All) text.Append(field.JsonName).Append(':').Append(field.TypeName).Append(';');
        foreach (var kind in kinds)
        {
            text.Append('|').Append(kind.Name);
            foreach (var field in kind.Fields) text.Append(';').Append(field.JsonName).Append(':').Append(field.TypeName);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
