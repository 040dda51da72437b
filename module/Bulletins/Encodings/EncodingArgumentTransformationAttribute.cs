using System.Management.Automation;
using System.Text;

namespace Bulletins.PowerShell.Encodings;

/// <summary>
/// Lets -Encoding take the names pwsh's own cmdlets take (utf8, utf8BOM, utf8NoBOM, unicode,
/// bigendianunicode, utf32, ascii, latin1), any .NET encoding name or code page, or an Encoding object.
/// (The engine's own attribute for this is internal.)
/// </summary>
public sealed class EncodingArgumentTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>The names offered by tab completion.</summary>
    public static readonly string[] Names = ["utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "ascii", "latin1"];

    /// <summary>Turns the -Encoding argument (an Encoding, a code page, or a name) into an <see cref="Encoding"/>.</summary>
    /// <exception cref="ArgumentTransformationMetadataException">The argument is none of those, or names no encoding.</exception>
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            Encoding encoding => encoding,
            int codePage => Encoding.GetEncoding(codePage),
            string name => FromName(name),
            _ => throw new ArgumentTransformationMetadataException($"Cannot use '{value}' as an encoding; give a name such as utf8 or unicode, a code page, or an Encoding object."),
        };
    }

    /// <summary>
    /// The encoding a name gives: one of <see cref="Names"/> (any case; the UTF-8 ones without a byte order mark
    /// unless <c>utf8BOM</c>), a code page number, or a .NET encoding name.
    /// </summary>
    /// <exception cref="ArgumentTransformationMetadataException">The name is neither a number nor an encoding name.</exception>
    public static Encoding FromName(string name) => name.ToLowerInvariant() switch
    {
        "utf8" or "utf8nobom" or "utf-8" => new UTF8Encoding(false),
        "utf8bom" => new UTF8Encoding(true),
        "unicode" or "utf-16" or "utf-16le" => new UnicodeEncoding(false, true),
        "bigendianunicode" or "utf-16be" => new UnicodeEncoding(true, true),
        "utf32" or "utf-32" => new UTF32Encoding(false, true),
        "ascii" => new ASCIIEncoding(),
        "latin1" => Encoding.Latin1,
        _ => int.TryParse(name, out var codePage) ? Encoding.GetEncoding(codePage) : GetByName(name),
    };

    private static Encoding GetByName(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new ArgumentTransformationMetadataException($"'{name}' is not an encoding; use one of {string.Join(", ", Names)}, a code page or a .NET encoding name.");
        }
    }
}
