using Bulletins.Extraction.Extractors.People;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;
using Bulletins.Reading;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// What classification and extraction see of one article: the segmented draft, its identity, and
/// the mentions (computed once, on first use, and shared by every extractor that needs them:
/// quotes and speakers both need the people, for instance). An article built from it keeps it for
/// its lazy fields (<see cref="LazyField{T}"/>), which compute under <see cref="Gate"/>: the
/// context itself is not thread-safe.
/// </summary>
public sealed class ExtractionContext
{
    // Sized for the base record's five lazy mentions and a kind's fields (the built-in kinds have up to seven), so
    // that an article's list is one array, not three as it grows.
    private readonly List<ILazyField> _fields = new(12);
    private List<TextWarning>? _failures;

    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<MoneyMention>? _money;
    private IReadOnlyList<PersonMention>? _people;
    private IReadOnlyList<string>? _countries;
    private IReadOnlyList<QuoteMention>? _quotes;
    private IReadOnlyList<TextWarning>? _warnings;
    private IReadOnlyList<TextSegment>? _segments;
    private (IReadOnlyList<PersonMention> People, IReadOnlyList<PersonOccurrence> Occurrences)? _peopleAndOccurrences;

    /// <summary>The context of one article, as the reader makes it before asking a factory for the record.</summary>
    /// <param name="draft">The article as the reader segmented it.</param>
    /// <param name="id">The article's stable id, as the reader derives it from the article's text.</param>
    /// <param name="duplicateOf">Id of the earlier article this one repeats, if any.</param>
    /// <param name="bulletinYear">The year of the bulletin's full dates so far; the year of <paramref name="bulletinDate"/> when not given.</param>
    /// <param name="bulletinDate">The bulletin's latest full date so far, for days written without a year.</param>
    public ExtractionContext(ArticleDraft draft, string id, string? duplicateOf = null, int? bulletinYear = null, DateOnly? bulletinDate = null)
    {
        Draft = draft;
        Id = id;
        DuplicateOf = duplicateOf;
        BulletinYear = bulletinYear ?? bulletinDate?.Year;
        BulletinDate = bulletinDate;
    }

    /// <summary>The article as the reader segmented it.</summary>
    public ArticleDraft Draft { get; }

    /// <summary>The article's stable id.</summary>
    public string Id { get; }

    /// <summary>Id of the earlier article this one repeats, if any.</summary>
    public string? DuplicateOf { get; }

    /// <summary>
    /// The record type (the kind) the article this one repeats was given, if the duplicate index still
    /// remembers it: a generated factory builds the same type, since a repeat is the same release under
    /// a reworded title. A type, not a kind name, so that it is never parsed and names one kind of one schema.
    /// </summary>
    public Type? DuplicateRecordType { get; init; }

    /// <summary>The year of the bulletin's own full dates so far, for days written without a year.</summary>
    public int? BulletinYear { get; }

    /// <summary>
    /// The bulletin's latest full date (day, month and year) so far, or from the articles just ahead: the
    /// time the bulletin speaks from, which days written without a year belong to.
    /// </summary>
    public DateOnly? BulletinDate { get; }

    /// <summary>Every lazy field of the article built from this context computes under this lock.</summary>
    internal object Gate => _fields;

    /// <summary>
    /// A field of the article computed from this context on its first read; <paramref name="empty"/>
    /// if <paramref name="compute"/> throws, with the failure among the article's warnings.
    /// Generated kinds call it for every field a schema extractor fills.
    /// </summary>
    public LazyField<T> Lazy<T>(Func<ExtractionContext, T> compute, T empty, string name)
    {
        var field = new LazyField<T>(this, compute, empty, name);
        lock (Gate) _fields.Add(field);
        return field;
    }

    /// <summary>The warnings field: every other field first, so that its failures are among the warnings.</summary>
    internal LazyField<IReadOnlyList<TextWarning>> LazyWarnings() =>
        new(this, static context => context.WarningsAndFailures(), Collections.ValueList<TextWarning>.Empty, "warnings");

    private IReadOnlyList<TextWarning> WarningsAndFailures()
    {
        IReadOnlyList<TextWarning> found;
        try
        {
            found = Warnings;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            found = Collections.ValueList<TextWarning>.Empty;
            RecordFailure("warnings", ex);
        }
        foreach (var field in _fields) field.Compute();
        return _failures is null ? found : Collections.ValueList.FromArray([.. found, .. _failures]);
    }

    /// <summary>Called under <see cref="Gate"/> by a lazy field whose extractor threw.</summary>
    internal void RecordFailure(string field, Exception ex) =>
        (_failures ??= []).Add(new TextWarning(ProblemCodes.ExtractionFailed,
            $"extracting the {field} field failed ({ex.GetType().Name}: {ex.Message}); the field is empty", Draft.Line, Draft.Title));

    /// <summary>The dates, when the reader has found them already (it needs them for the bulletin's year).</summary>
    internal void KnowDates(IReadOnlyList<DateMention> dates) => _dates = dates;

    /// <summary>The segments, when a worker has made them already (with the tokens it needed).</summary>
    internal void KnowSegments(IReadOnlyList<TextSegment> segments) => _segments = segments;

    /// <summary>The dates if known already, else null.</summary>
    internal IReadOnlyList<DateMention>? KnownDates => _dates;

    // The mentions, each found on first read and then kept: an extractor may read them freely.

    /// <summary>Every date or date range the title and body mention, in text order (the article's <see cref="Article.Dates"/>).</summary>
    public IReadOnlyList<DateMention> Dates => _dates ??= MentionExtractors.Dates(this);

    /// <summary>Every amount of money mentioned, with its ISO 4217 currency (the article's <see cref="Article.Money"/>).</summary>
    public IReadOnlyList<MoneyMention> Money => _money ??= MentionExtractors.Money(this);

    /// <summary>The named people, once each, with full name and title (the article's <see cref="Article.People"/>).</summary>
    public IReadOnlyList<PersonMention> People => _people ??= MentionExtractors.People(this);

    /// <summary>The countries mentioned, as English short names, once each (the article's <see cref="Article.Countries"/>).</summary>
    public IReadOnlyList<string> Countries => _countries ??= MentionExtractors.Countries(this);

    /// <summary>Quoted speech, with the speaker where the text says who (the article's <see cref="Article.Quotes"/>).</summary>
    public IReadOnlyList<QuoteMention> Quotes => _quotes ??= MentionExtractors.Quotes(this);

    /// <summary>Text-quality findings, without the extraction failures the article's <see cref="Article.Warnings"/> adds.</summary>
    public IReadOnlyList<TextWarning> Warnings => _warnings ??= MentionExtractors.Warnings(this);

    /// <summary>
    /// The title and the body paragraphs, with their lines, in file order: what the built-in extractors read,
    /// for a <c>method:</c> extractor of one's own too (each segment's <see cref="TextSegment.Tokens"/> are made once and shared).
    /// </summary>
    public IReadOnlyList<TextSegment> Segments => _segments ??= ArticleText.All(Draft).ToArray();

    /// <summary>The people, and where the text names them (quotes need the places to find speakers).</summary>
    internal (IReadOnlyList<PersonMention> People, IReadOnlyList<PersonOccurrence> Occurrences) PeopleAndOccurrences =>
        _peopleAndOccurrences ??= PersonExtractor.Extract(Segments);
}
