namespace Bulletins.PowerShell.Reading;

/// <summary>
/// Which input files are JSON Lines exports (Export-Bulletin -Format JsonLines) rather than bulletins:
/// the name decides, <c>.jsonl</c> or <c>.ndjson</c>, gzip-compressed too (<c>.jsonl.gz</c>). They are
/// loaded back into the records they were written from, so Import-Bulletin reads an export the same way.
/// </summary>
internal static class JsonLinesExport
{
    public static bool Is(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
    }
}
