using System.Management.Automation;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Reading;
using Bulletins.PowerShell.Schema;
using Bulletins.Querying;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Reads bulletin text from the pipeline: whole texts (Get-Content -Raw) or one line at a time
/// (Get-Content). Each article is written as soon as the next one starts. Strings from Get-Content
/// carry their file: each file is read as its own input (its articles name it, with its line
/// numbers), so the end of one file never runs on into the next.
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "Bulletin")]
[OutputType(typeof(Article))]
public sealed class ConvertFromBulletinCommand : PSCmdlet
{
    private const string DefaultName = "pipeline";

    private BulletinParser? _parser;
    private PipelineOrigin _origin;
    private string _inputName = DefaultName;
    private int _articles;
    private ArticleFilter _filter = ArticleFilter.None;

    /// <summary>Bulletin text: a whole text or single lines.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    [AllowNull]
    [AllowEmptyCollection]
    public PSObject?[]? InputObject { get; set; }

    /// <summary>The name the articles give as their File (default: the file Get-Content read, else pipeline).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = DefaultName;

    /// <summary>Only articles of these kinds (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    [ArgumentCompleter(typeof(KindCompleter))]
    public string[]? Kind { get; set; }

    /// <summary>Only articles from these sources (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    public string[]? Source { get; set; }

    /// <summary>Sets up the -Kind and -Source filter (an unknown -Kind name is an error here, before any input).</summary>
    protected override void BeginProcessing()
    {
        _filter = new ArticleFilter { Kind = KindCatalog.Filter(this, Kind), Source = Wildcards.Matcher(Source) };
    }

    /// <summary>Pushes each piece of text to the parser of its input (a new input starts a new bulletin) and writes the articles it completes.</summary>
    protected override void ProcessRecord()
    {
        if (InputObject is null) return;
        foreach (var item in InputObject)
        {
            var origin = PipelineOrigin.Of(item);
            if (_parser is null || origin.StartsNewInputAfter(_origin)) StartInput(origin);
            _origin = origin;
            var text = item?.BaseObject as string ?? item?.ToString();
            // Get-Content without -Raw strips the line end; a text that has one keeps it.
            var chunk = text is null ? "\n" : text.EndsWith('\n') || text.EndsWith('\r') ? text : text + "\n";
            Emit(_parser!.Push(chunk));
        }
    }

    /// <summary>Ends the last input, writing its remaining articles and problems (no input at all is an empty bulletin).</summary>
    protected override void EndProcessing()
    {
        // No input at all is an input too: an empty one, which the reader reports.
        if (_parser is null) StartInput(default);
        EndInput();
    }

    private void StartInput(PipelineOrigin origin)
    {
        EndInput();
        _inputName = MyInvocation.BoundParameters.ContainsKey(nameof(Name)) || origin.PSPath is null
            ? Name
            : SessionState.Path.GetUnresolvedProviderPathFromPSPath(origin.PSPath);
        WriteVerbose($"Reading '{_inputName}' from the pipeline.");
        _parser = new BulletinParser(_inputName, new BulletinReadOptions { OnProblem = ProblemReporter.For(this) });
    }

    private void EndInput()
    {
        if (_parser is null) return;
        Emit(_parser.Complete());
        WriteVerbose($"Read {_articles} articles from '{_inputName}'.");
        _parser = null;
        _articles = 0;
    }

    private void Emit(IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            _articles++;
            if (_filter.Matches(article)) WriteObject(article);
        }
    }
}
