using System.Management.Automation;

namespace Bulletins.PowerShell.Commands;

/// <summary>Reads bulletin files into typed articles.</summary>
[Cmdlet(VerbsData.Import, "Bulletin", DefaultParameterSetName = "Path")]
[OutputType(typeof(Article))]
public sealed class ImportBulletinCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Path", ValueFromPipeline = true)]
    public string[] Path { get; set; } = [];

    [Parameter(Mandatory = true, ParameterSetName = "LiteralPath", ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath")]
    public string[] LiteralPath { get; set; } = [];

    protected override void ProcessRecord()
    {
        // PLACEHOLDER: the real cmdlet arrives with the module work (issues 2 and 3).
        var paths = ParameterSetName == "Path"
            ? Path.SelectMany(p => GetResolvedProviderPathFromPSPath(p, out _))
            : LiteralPath.Select(p => GetUnresolvedProviderPathFromPSPath(p));
        foreach (var path in paths)
        {
            foreach (var article in Bulletin.Read(path))
            {
                WriteObject(article);
            }
        }
    }
}
