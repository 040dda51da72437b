using System.Management.Automation;
using System.Text;
using Bulletins.Archive;
using Bulletins.PowerShell.Archive;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Encodings;
using Bulletins.PowerShell.Paths;
using Bulletins.PowerShell.Reading;
using Bulletins.PowerShell.Schema;
using Bulletins.Querying;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Finds articles by text (words and "quoted phrases", all required, case-insensitive) and by kind,
/// source, dates, people and countries, in files, in articles from the pipeline, or in an archive
/// (-Archive: ranked by the store's full-text index). Each hit carries its score and where every
/// term matched.
/// </summary>
[Cmdlet(VerbsCommon.Search, "Bulletin", DefaultParameterSetName = PathSet)]
[OutputType(typeof(SearchHit))]
public sealed class SearchBulletinCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string InputObjectSet = "InputObject";
    private const string ArchiveSet = "Archive";

    private readonly List<SearchHit> _ranked = [];
    private long _hits;
    private SearchQuery _query = null!;
    private ArticleFilter _filter = ArticleFilter.None;
    private FileArticleReader _reader = null!;
    private BulletinReadOptions _options = new();

    /// <summary>Words and "quoted phrases" that must all occur; none lists every article the filters let through.</summary>
    [Parameter(Position = 0)]
    [AllowEmptyString]
    [AllowEmptyCollection]
    public string[] Query { get; set; } = [];

    /// <summary>Files to search; wildcards allowed.</summary>
    [SupportsWildcards]
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>Files to search, taken exactly as written; binds PSPath from Get-ChildItem.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>Articles to search, from Import-Bulletin or ConvertFrom-Bulletin (a search hit binds its Article).</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias(ArticleInput.HitProperty)]
    public Article[] InputObject { get; set; } = [];

    /// <summary>An archive to search (Save-Bulletin writes one): a file path (SQLite) or a PostgreSQL connection string.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ArchiveSet)]
    [ValidateNotNullOrEmpty]
    public string Archive { get; set; } = "";

    /// <summary>The files' encoding when they have no byte-order mark.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    [EncodingArgumentTransformation]
    [ArgumentCompletions("utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "ascii", "latin1")]
    public Encoding? Encoding { get; set; }

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

    /// <summary>Only articles mentioning a date on or after this day.</summary>
    [Parameter]
    public DateTime? After { get; set; }

    /// <summary>Only articles mentioning a date on or before this day.</summary>
    [Parameter]
    public DateTime? Before { get; set; }

    /// <summary>Only articles naming one of these people (part of the name, or a wildcard pattern).</summary>
    [SupportsWildcards]
    [Parameter]
    public string[]? Person { get; set; }

    /// <summary>Only articles mentioning one of these countries (wildcards allowed).</summary>
    [SupportsWildcards]
    [Parameter]
    public string[]? Country { get; set; }

    /// <summary>
    /// Relevance (best first, after all input is read) or FileOrder (streams as found). Files and piped articles
    /// only: an archive ranks by its full-text index, so -Archive with -Order is refused when binding rather than ignored.
    /// </summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    [Parameter(ParameterSetName = InputObjectSet)]
    public SearchOrder Order { get; set; } = SearchOrder.Relevance;

    /// <summary>Parses the query and sets up the filters and the reader.</summary>
    protected override void BeginProcessing()
    {
        _query = SearchQuery.Parse(Query);
        _filter = new ArticleFilter
        {
            Kind = KindCatalog.Filter(this, Kind),
            Source = Wildcards.Matcher(Source),
            Person = Wildcards.ContainsMatcher(Person),
            Country = Wildcards.Matcher(Country),
            After = After is { } after ? DateOnly.FromDateTime(after) : null,
            Before = Before is { } before ? DateOnly.FromDateTime(before) : null,
        };
        _options = new BulletinReadOptions { OnProblem = ProblemReporter.For(this), Encoding = Encoding };
        _reader = new FileArticleReader(this, new Progress.ThrottledProgress(this, 2, "Search-Bulletin"));
    }

    /// <summary>Searches the input files (or the archive), writing hits in file order or collecting them for -Order Relevance.</summary>
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ArchiveSet)
        {
            SearchArchive();
            return;
        }
        foreach (var hit in ArticleSearch.Search(Articles(), _query, _filter, SearchOrder.FileOrder))
        {
            _hits++;
            if (Order == SearchOrder.FileOrder) WriteObject(hit);
            else _ranked.Add(hit);
        }
    }

    /// <summary>Writes the collected hits best first (equal scores in file order).</summary>
    protected override void EndProcessing()
    {
        if (ParameterSetName == ArchiveSet)
        {
            WriteVerbose(ArchiveOrder());
            return;
        }
        WriteVerbose($"Found {_hits} hits{(Order == SearchOrder.Relevance ? ", best first" : "")}.");
        // A stable sort: equal scores keep file order.
        foreach (var hit in _ranked.OrderByDescending(h => h.Score)) WriteObject(hit);
    }

    /// <summary>The archive's hits, best first by its full-text ranking (or in saved order for filters only).</summary>
    private void SearchArchive()
    {
        using var archive = ArchiveLocation.Open(this, Archive, create: false);
        var filter = ArchiveLocation.Filter(null, Kind, Source, Person, Country, After, Before);
        foreach (var hit in archive.Search(_query, filter))
        {
            _hits++;
            WriteObject(hit);
        }
    }

    /// <summary>
    /// The archive's hits and their order (-Order is not in the archive's parameter set): ranked within windows of the newest
    /// matches (docs/archive.md, "Search"), whose rank is not the Score column; saved order for filters alone.
    /// </summary>
    private string ArchiveOrder() => _query.IsEmpty
        ? $"Found {_hits} articles in the archive '{ArchiveLocation.Display(Archive)}', in the order they were saved."
        : $"Found {_hits} hits in the archive '{ArchiveLocation.Display(Archive)}', ranked by its full-text index (not by Score) "
            + $"within windows of the {new ArchiveOptions().RankWindow} newest matches, the newest window first.";

    private IEnumerable<Article> Articles()
    {
        if (ParameterSetName == InputObjectSet) return InputObject;
        bool literal = ParameterSetName == LiteralPathSet;
        return InputFileResolver.Resolve(this, literal ? LiteralPath : Path, literal, WriteError)
            .SelectMany(file => _reader.Read(file, _options));
    }
}
