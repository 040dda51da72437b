using Bulletins.Writing;

namespace Bulletins.PowerShell.Writing;

/// <summary>Export-Bulletin's format when -Format is not given: from the output file's extension.</summary>
internal static class FormatFromExtension
{
    /// <summary>The extensions that name a format, for the error that lists them.</summary>
    public static IReadOnlyList<string> Known { get; } = [".txt", ".jsonl", ".ndjson", ".json", ".csv"];

    /// <summary>The format the extension names, or null for any other extension (or none): guessing would write the wrong format silently.</summary>
    public static BulletinFormat? For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => BulletinFormat.Text,
        ".jsonl" or ".ndjson" or ".json" => BulletinFormat.JsonLines,
        ".csv" => BulletinFormat.Csv,
        _ => null,
    };
}
