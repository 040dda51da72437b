using System.Security.Cryptography;
using System.Text;
using Bulletins.Schema;

namespace Bulletins.Archive;

/// <summary>
/// What a schema's kinds and fields are, as one short text: when it differs from the one an archive
/// recorded, the archive's articles were extracted by another schema and are re-extracted from
/// their stored text (the migration rule in docs/archive.md).
/// </summary>
internal static class SchemaFingerprint
{
    public static string Of(IReadOnlyList<KindInfo> kinds)
    {
        var text = new StringBuilder();
        foreach (var field in BaseFields.All) text.Append(field.JsonName).Append(':').Append(field.TypeName).Append(';');
        foreach (var kind in kinds)
        {
            text.Append('|').Append(kind.Name);
            foreach (var field in kind.Fields) text.Append(';').Append(field.JsonName).Append(':').Append(field.TypeName);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
