using Bulletins.Writing;

namespace Bulletins.PowerShell.Writing;

/// <summary>Export-Bulletin's format when -Format is not given: from the output file's extension.</summary>
internal static class FormatFromExtension
{
    public static BulletinFormat For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => BulletinFormat.JsonLines,
        ".csv" => BulletinFormat.Csv,
        _ => BulletinFormat.Text,
    };
}
