namespace Bulletins.Writing;

/// <summary>
/// The versions of the output contracts scripts parse, <c>major.minor</c> (docs/format.md, "Versions"):
/// the minor number grows when something is added (a field, a column, a kind), the major one when
/// something a reader may rely on changes (a name, an order, a type, a format, a removal). The golden
/// files in <c>tests/Bulletins.Tests/Golden</c> hold the seed's output for these versions.
/// </summary>
public static class FormatVersions
{
    /// <summary>The JSON Lines contract: field names, order, types and formats.</summary>
    public const string JsonLines = "1.1";

    /// <summary>The CSV contract: columns, their order and how cells are written.</summary>
    public const string Csv = "1.0";

    /// <summary>The version of <paramref name="format"/>'s contract; the text format is the bulletin format itself (docs/format.md) and has none.</summary>
    public static string? Of(BulletinFormat format) => format switch
    {
        BulletinFormat.JsonLines => JsonLines,
        BulletinFormat.Csv => Csv,
        _ => null,
    };
}
