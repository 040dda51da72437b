using System.Management.Automation;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Reading;
using Bulletins.PowerShell.Schema;
using Bulletins.Querying;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Reads bulletin text from the pipeline: whole texts (Get-Content -Raw) or one line at a time
/// (Get-Content). Each article is written as soon as the next one starts.
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "Bulletin")]
[OutputType(typeof(Article))]
public sealed class ConvertFromBulletinCommand : PSCmdlet, IDisposable
{
    private BulletinParser _parser = null!;
    private ArticleFilter _filter = ArticleFilter.None;
    private readonly List<IDisposable> _inputs = [];
    private string? _lastInputPath;

    /// <summary>Bulletin text: a whole text or single lines.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    [AllowNull]
    public string[]? InputObject { get; set; }

    /// <summary>The name the articles give as their File (default: pipeline).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "pipeline";

    /// <summary>
    /// The file the text comes from: Get-Content's PSPath, bound by property name. It is marked as an
    /// input being read, so Export-Bulletin -Append refuses to feed it to itself.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Alias("PSPath")]
    public string? InputPath { get; set; }

    /// <summary>Only articles of these kinds (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    [ArgumentCompleter(typeof(KindCompleter))]
    public string[]? Kind { get; set; }

    /// <summary>Only articles from these sources (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    public string[]? Source { get; set; }

    protected override void BeginProcessing()
    {
        _filter = new ArticleFilter { Kind = KindCatalog.Filter(this, Kind), Source = Wildcards.Matcher(Source) };
        _parser = new BulletinParser(Name, new BulletinReadOptions { OnProblem = ProblemReporter.For(this) });
    }

    protected override void ProcessRecord()
    {
        NoteInputFile();
        if (InputObject is null) return;
        foreach (var text in InputObject)
        {
            // Get-Content without -Raw strips the line end; a text that has one keeps it.
            var chunk = text is null ? "\n" : text.EndsWith('\n') || text.EndsWith('\r') ? text : text + "\n";
            Emit(_parser.Push(chunk));
        }
    }

    protected override void EndProcessing()
    {
        Emit(_parser.Complete());
        Dispose();
    }

    public void Dispose()
    {
        foreach (var input in _inputs) input.Dispose();
        _inputs.Clear();
    }

    private void NoteInputFile()
    {
        if (InputPath is not { Length: > 0 } path || path == _lastInputPath) return;
        _lastInputPath = path;
        string file;
        try
        {
            file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        }
        catch (Exception e) when (e is ItemNotFoundException or NotSupportedException or ProviderNotFoundException or System.Management.Automation.DriveNotFoundException)
        {
            return;
        }
        _inputs.Add(InputsInUse.Enter(file));
    }

    private void Emit(IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            if (_filter.Matches(article)) WriteObject(article);
        }
    }
}
