using System.Management.Automation;
using Bulletins.Archive;
using Bulletins.PowerShell.Archive;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// What an archive holds: articles per source, per kind and per month (the month of the latest
/// date an article mentions), with each month's arrests and money per currency.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "Bulletin")]
[OutputType(typeof(ArchiveSummary), typeof(SummaryCount), typeof(MonthSummary))]
public sealed class MeasureBulletinCommand : PSCmdlet
{
    /// <summary>The archive: a file path (SQLite) or a PostgreSQL connection string.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Archive { get; set; } = "";

    /// <summary>Source, Kind or Month: writes that table's rows instead of the whole summary.</summary>
    [Parameter]
    [ValidateSet("Source", "Kind", "Month")]
    public string? By { get; set; }

    /// <summary>Writes the archive's summary, or with -By its rows per source, kind or month.</summary>
    protected override void EndProcessing()
    {
        using var archive = ArchiveLocation.Open(this, Archive, create: false);
        var summary = archive.Summarise();
        WriteVerbose($"Counted {summary.Articles} articles of the {archive.Store} archive '{ArchiveLocation.Display(Archive)}'.");
        switch (By)
        {
            case "Source": WriteObject(summary.BySource, enumerateCollection: true); break;
            case "Kind": WriteObject(summary.ByKind, enumerateCollection: true); break;
            case "Month": WriteObject(summary.ByMonth, enumerateCollection: true); break;
            default: WriteObject(summary); break;
        }
    }
}
