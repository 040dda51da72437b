using Bulletins.Extraction.Extractors.People;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;
using Bulletins.Reading;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// What classification and extraction see of one article: the segmented draft, its identity, and
/// the mentions (computed once, on first use, and shared by every extractor that needs them:
/// quotes and speakers both need the people, for instance).
/// </summary>
public sealed class ExtractionContext
{
    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<MoneyMention>? _money;
    private IReadOnlyList<PersonMention>? _people;
    private IReadOnlyList<string>? _countries;
    private IReadOnlyList<QuoteMention>? _quotes;
    private IReadOnlyList<TextWarning>? _warnings;
    private IReadOnlyList<TextSegment>? _segments;
    private (IReadOnlyList<PersonMention> People, IReadOnlyList<PersonOccurrence> Occurrences)? _peopleAndOccurrences;

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
    /// The kind the article this one repeats was given, if the duplicate index still remembers it:
    /// a generated factory keeps it, since a repeat is the same release under a reworded title.
    /// </summary>
    public string? DuplicateKind { get; init; }

    /// <summary>The year of the bulletin's own full dates so far, for days written without a year.</summary>
    public int? BulletinYear { get; }

    /// <summary>
    /// The bulletin's latest full date (day, month and year) so far, or from the articles just ahead: the
    /// time the bulletin speaks from, which days written without a year belong to.
    /// </summary>
    public DateOnly? BulletinDate { get; }

    public IReadOnlyList<DateMention> Dates => _dates ??= MentionExtractors.Dates(this);
    public IReadOnlyList<MoneyMention> Money => _money ??= MentionExtractors.Money(this);
    public IReadOnlyList<PersonMention> People => _people ??= MentionExtractors.People(this);
    public IReadOnlyList<string> Countries => _countries ??= MentionExtractors.Countries(this);
    public IReadOnlyList<QuoteMention> Quotes => _quotes ??= MentionExtractors.Quotes(this);
    public IReadOnlyList<TextWarning> Warnings => _warnings ??= MentionExtractors.Warnings(this);

    /// <summary>The title and the body paragraphs, with their lines, in file order.</summary>
    internal IReadOnlyList<TextSegment> Segments => _segments ??= ArticleText.All(Draft).ToArray();

    /// <summary>The people, and where the text names them (quotes need the places to find speakers).</summary>
    internal (IReadOnlyList<PersonMention> People, IReadOnlyList<PersonOccurrence> Occurrences) PeopleAndOccurrences =>
        _peopleAndOccurrences ??= PersonExtractor.Extract(Segments);
}
