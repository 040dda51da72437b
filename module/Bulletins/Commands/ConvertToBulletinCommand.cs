using System.Management.Automation;
using Bulletins.PowerShell.Writing;
using Bulletins.Writing;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Turns articles into text in the bulletin format, JSON Lines or CSV: one string per article
/// (for CSV the first string also holds the header line), ready for Set-Content or a web request.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "Bulletin")]
[OutputType(typeof(string))]
public sealed class ConvertToBulletinCommand : PSCmdlet, IDisposable
{
    private ArticleTextChunks? _chunks;
    private long _converted;

    /// <summary>The articles to convert; a search hit binds its Article.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias(ArticleInput.HitProperty)]
    public Article[] InputObject { get; set; } = [];

    /// <summary>Text (default), JsonLines or Csv.</summary>
    [Parameter]
    public BulletinFormat Format { get; set; } = BulletinFormat.Text;

    /// <summary>CSV only: cells that start with = + - @ are written as they are, not as text (see about_Bulletins).</summary>
    [Parameter]
    public SwitchParameter RawCsvCells { get; set; }

    /// <summary>Starts the text of the chosen -Format (the CSV header comes with the first article).</summary>
    protected override void BeginProcessing() => _chunks = new ArticleTextChunks(Format, RawCsvCells);

    /// <summary>Writes each article's text in the format as one string.</summary>
    protected override void ProcessRecord()
    {
        foreach (var article in InputObject)
        {
            WriteObject(_chunks!.Write(article));
            _converted++;
        }
    }

    /// <summary>Writes what the format still holds back (nothing for text and JSON Lines) and releases the writer.</summary>
    protected override void EndProcessing()
    {
        var rest = _chunks!.Finish();
        if (rest.Length > 0) WriteObject(rest);
        WriteVerbose($"Converted {_converted} articles to {Format}.");
        Dispose();
    }

    /// <summary>Releases the format writer if the pipeline stopped before the end.</summary>
    public void Dispose()
    {
        _chunks?.Dispose();
        _chunks = null;
    }
}
