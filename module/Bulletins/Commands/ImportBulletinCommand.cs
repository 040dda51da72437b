using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Encodings;
using Bulletins.PowerShell.Paths;
using Bulletins.PowerShell.Progress;
using Bulletins.PowerShell.Reading;
using Bulletins.PowerShell.Schema;
using Bulletins.Querying;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Reads bulletin files into typed articles, one WriteObject per article the moment the reader
/// yields it, so the rest of the pipeline starts before the last file is read.
/// </summary>
[Cmdlet(VerbsData.Import, "Bulletin", DefaultParameterSetName = PathSet)]
[OutputType(typeof(Article))]
public sealed class ImportBulletinCommand : BulletinFileCommand
{
    private ArticleFilter _filter = ArticleFilter.None;
    private BulletinReadOptions _options = new();
    private FileArticleReader _reader = null!;
    private ThrottledProgress _progress = null!;

    /// <summary>Only articles of these kinds (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    [ArgumentCompleter(typeof(KindCompleter))]
    public string[]? Kind { get; set; }

    /// <summary>Only articles from these sources (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    [ArgumentCompleter(typeof(SourceCompleter))]
    public string[]? Source { get; set; }

    /// <summary>Drops an article whose body repeats an earlier one in any file of this call.</summary>
    [Parameter]
    public SwitchParameter Unique { get; set; }

    /// <summary>
    /// How many threads read each article's id, duplicates, dates and kind (articles still come in file
    /// order); the machine's cores by default, 1 for one thread. Mentions and kind fields are computed
    /// when a later command first reads them.
    /// </summary>
    [Parameter]
    [ValidateRange(1, ThrottleLimits.Most)]
    public int ThrottleLimit { get; set; } = ThrottleLimits.Default;

    /// <summary>Sets up the filters, the read options (one duplicate index for every file under -Unique) and the progress bar.</summary>
    protected override void BeginProcessing()
    {
        _filter = new ArticleFilter { Kind = KindCatalog.Filter(this, Kind), Source = Wildcards.Matcher(Source) };
        _options = new BulletinReadOptions
        {
            OnProblem = ProblemReporter.For(this),
            Encoding = Encoding,
            // One index for the whole call, so a repeat in the third file of a duplicate in the first is found.
            Duplicates = Unique ? new DuplicateIndex() : null,
            MaxDegreeOfParallelism = ThrottleLimit,
        };
        _progress = new ThrottledProgress(this, 1, "Import-Bulletin");
        _reader = new FileArticleReader(this, _progress);
    }

    /// <summary>Reads each file the paths resolve to, writing the articles that pass the filters and reporting its problems.</summary>
    protected override void ProcessRecord()
    {
        foreach (var file in InputFileResolver.Resolve(this, GivenPaths, IsLiteral, WriteError))
        {
            foreach (var article in _reader.Read(file, _options))
            {
                if (Unique && article.DuplicateOf is not null) continue;
                if (_filter.Matches(article)) WriteObject(article);
            }
        }
    }

    /// <summary>Completes the progress bar.</summary>
    protected override void EndProcessing() => _progress.Complete();
}
