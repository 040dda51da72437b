using System.Management.Automation;

namespace Bulletins.PowerShell.Reading;

/// <summary>
/// Where a pipeline string came from, when it says so: Get-Content adds the file (<c>PSPath</c>)
/// and the line's number in it (<c>ReadCount</c>) to every string it writes. A change of file, or a
/// line number that starts again, is a new input: its text must not run on into the previous one.
/// </summary>
/// <param name="PSPath">The provider path of the file, or null for a string with no origin.</param>
/// <param name="ReadCount">The line's (or the -Raw text's) number in its file.</param>
internal readonly record struct PipelineOrigin(string? PSPath, long ReadCount)
{
    public static PipelineOrigin Of(PSObject? item)
    {
        if (item?.Properties["PSPath"]?.Value is not string path) return default;
        return new PipelineOrigin(path, item.Properties["ReadCount"]?.Value is { } count ? Convert.ToInt64(count) : 0);
    }

    /// <summary>True when this string opens another input than the one <paramref name="previous"/> was in.</summary>
    public bool StartsNewInputAfter(PipelineOrigin previous) =>
        PSPath is not null && previous.PSPath is not null && (PSPath != previous.PSPath || ReadCount <= previous.ReadCount);
}
