using System.Management.Automation;
using Bulletins.PowerShell.Archive;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Schema;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Reads archived articles back, as the same typed records Import-Bulletin gives (as first saved),
/// by id, kind, source and mentioned dates, in the order they were saved; -Sighting adds each
/// article's sightings (file, line, time saved).
/// </summary>
[Cmdlet(VerbsCommon.Get, "Bulletin")]
[OutputType(typeof(Article))]
public sealed class GetBulletinCommand : PSCmdlet
{
    /// <summary>The archive: a file path (SQLite) or a PostgreSQL connection string.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Archive { get; set; } = "";

    /// <summary>Only the articles with these ids; binds Id from piped articles.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string[]? Id { get; set; }

    /// <summary>Only articles of these kinds (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    [ArgumentCompleter(typeof(KindCompleter))]
    public string[]? Kind { get; set; }

    /// <summary>Only articles from these sources (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    public string[]? Source { get; set; }

    /// <summary>Only articles mentioning a date on or after this day.</summary>
    [Parameter]
    public DateTime? After { get; set; }

    /// <summary>Only articles mentioning a date on or before this day.</summary>
    [Parameter]
    public DateTime? Before { get; set; }

    /// <summary>Adds a Sightings property: every file and line the article was saved from, and when.</summary>
    [Parameter]
    public SwitchParameter Sighting { get; set; }

    /// <summary>Writes the archived articles that match the filters, with their sightings under -Sighting.</summary>
    protected override void ProcessRecord()
    {
        KindCatalog.Filter(this, Kind);
        using var archive = ArchiveLocation.Open(this, Archive, create: false);
        var filter = ArchiveLocation.Filter(Id, Kind, Source, null, null, After, Before);
        long read = 0;
        foreach (var article in archive.Find(filter))
        {
            read++;
            if (!Sighting)
            {
                WriteObject(article);
                continue;
            }
            var output = PSObject.AsPSObject(article);
            output.Properties.Add(new PSNoteProperty("Sightings", archive.SightingsOf(article.Id).ToArray()));
            WriteObject(output);
        }
        WriteVerbose($"Read {read} articles from the {archive.Store} archive '{ArchiveLocation.Display(Archive)}'.");
    }
}
