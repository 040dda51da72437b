using System.Text.Json;
using Bulletins.Collections;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Extraction.Runtime;
using Bulletins.Mentions;
using Bulletins.Reading;

namespace Bulletins;

/// <summary>
/// The fields every article has, whatever its kind. The kinds themselves (<c>Speech</c>,
/// <c>OperationReport</c>, ...) are generated from <c>schema/articles.yaml</c> and derive from this.
/// </summary>
public abstract partial record Article
{
    private IReadOnlyList<string> _paragraphs = ValueList<string>.Empty;
    private IReadOnlyList<int> _paragraphLines = ValueList<int>.Empty;
    // The mentions are computed on first read (LazyField); they compare by value like the rest. Until the
    // constructor or an init accessor sets one, it holds its type's shared empty field (computed, so it never
    // changes), not an object of its own that the constructor from a context would drop at once.
    private static readonly LazyField<IReadOnlyList<DateMention>> NoDates = LazyField<IReadOnlyList<DateMention>>.Of(ValueList<DateMention>.Empty);
    private static readonly LazyField<IReadOnlyList<MoneyMention>> NoMoney = LazyField<IReadOnlyList<MoneyMention>>.Of(ValueList<MoneyMention>.Empty);
    private static readonly LazyField<IReadOnlyList<PersonMention>> NoPeople = LazyField<IReadOnlyList<PersonMention>>.Of(ValueList<PersonMention>.Empty);
    private static readonly LazyField<IReadOnlyList<string>> NoCountries = LazyField<IReadOnlyList<string>>.Of(ValueList<string>.Empty);
    private static readonly LazyField<IReadOnlyList<QuoteMention>> NoQuotes = LazyField<IReadOnlyList<QuoteMention>>.Of(ValueList<QuoteMention>.Empty);
    private static readonly LazyField<IReadOnlyList<TextWarning>> NoWarnings = LazyField<IReadOnlyList<TextWarning>>.Of(ValueList<TextWarning>.Empty);
    private LazyField<IReadOnlyList<DateMention>> _dates = NoDates;
    private LazyField<IReadOnlyList<MoneyMention>> _money = NoMoney;
    private LazyField<IReadOnlyList<PersonMention>> _people = NoPeople;
    private LazyField<IReadOnlyList<string>> _countries = NoCountries;
    private LazyField<IReadOnlyList<QuoteMention>> _quotes = NoQuotes;
    private LazyField<IReadOnlyList<TextWarning>> _warnings = NoWarnings;

    /// <summary>For object initialisers and deserialisers.</summary>
    protected Article()
    {
    }

    /// <summary>
    /// Fills the base fields from what the reader found; the mentions are computed from
    /// <paramref name="context"/> when first read (the reader gives the dates at once: it needs
    /// them for the bulletin's year). Reading <see cref="Warnings"/> computes every field first.
    /// </summary>
    protected Article(ExtractionContext context)
    {
        var draft = context.Draft;
        Id = context.Id;
        Title = draft.Title;
        Source = draft.Source;
        File = draft.File;
        Line = draft.Line;
        LastLine = draft.LastLine;
        // One loop for both arrays: the record is built for every article, whatever the pipeline reads.
        var paragraphs = new string[draft.Paragraphs.Count];
        var paragraphLines = new int[paragraphs.Length];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = draft.Paragraphs[i].Text;
            paragraphLines[i] = draft.Paragraphs[i].Line;
        }
        _paragraphs = ValueList.FromArray(paragraphs);
        _paragraphLines = ValueList.FromArray(paragraphLines);
        IsTruncated = draft.IsTruncated;
        DuplicateOf = context.DuplicateOf;
        _dates = context.KnownDates is { } dates ? LazyField<IReadOnlyList<DateMention>>.Of(dates) : context.Lazy(static c => c.Dates, ValueList<DateMention>.Empty, "dates");
        _money = context.Lazy(static c => c.Money, ValueList<MoneyMention>.Empty, "money");
        _people = context.Lazy(static c => c.People, ValueList<PersonMention>.Empty, "people");
        _countries = context.Lazy(static c => c.Countries, ValueList<string>.Empty, "countries");
        _quotes = context.Lazy(static c => c.Quotes, ValueList<QuoteMention>.Empty, "quotes");
        _warnings = context.LazyWarnings();
    }

    /// <summary>The schema kind name, e.g. <c>Speech</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Stable id from the article's normalised title and body.</summary>
    public string Id { get; init; } = "";

    /// <summary>The title, as in the file (trimmed).</summary>
    public string Title { get; init; } = "";

    /// <summary>The name on the <c>Source:</c> line.</summary>
    public string Source { get; init; } = "";

    /// <summary>The file (or stream name) the article was read from.</summary>
    public string File { get; init; } = "";

    /// <summary>1-based line of the title in <see cref="File"/>.</summary>
    public int Line { get; init; }

    /// <summary>1-based line of the article's last non-blank line.</summary>
    public int LastLine { get; init; }

    /// <summary>Body paragraphs, each with its lines joined by <c>\n</c>.</summary>
    public IReadOnlyList<string> Paragraphs { get => _paragraphs; init => _paragraphs = ValueList.From(value); }

    /// <summary>
    /// 1-based line in <see cref="File"/> of each paragraph's first line, one per paragraph; empty for an
    /// article made by hand (or read from an export that predates the field).
    /// </summary>
    public IReadOnlyList<int> ParagraphLines { get => _paragraphLines; init => _paragraphLines = ValueList.From(value); }

    /// <summary>True when the body ends in a teaser cut off with an ellipsis.</summary>
    public bool IsTruncated { get; init; }

    /// <summary>Id of an earlier article in the same input whose normalised body this one repeats.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Every date or date range mentioned.</summary>
    public IReadOnlyList<DateMention> Dates { get => _dates.Value; init => _dates = LazyField<IReadOnlyList<DateMention>>.Of(ValueList.From(value)); }

    /// <summary>Every amount of money mentioned.</summary>
    public IReadOnlyList<MoneyMention> Money { get => _money.Value; init => _money = LazyField<IReadOnlyList<MoneyMention>>.Of(ValueList.From(value)); }

    /// <summary>Named people, once each, with full names.</summary>
    public IReadOnlyList<PersonMention> People { get => _people.Value; init => _people = LazyField<IReadOnlyList<PersonMention>>.Of(ValueList.From(value)); }

    /// <summary>Countries mentioned, English short names, once each.</summary>
    public IReadOnlyList<string> Countries { get => _countries.Value; init => _countries = LazyField<IReadOnlyList<string>>.Of(ValueList.From(value)); }

    /// <summary>Quoted speech with its speaker where the text says who.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get => _quotes.Value; init => _quotes = LazyField<IReadOnlyList<QuoteMention>>.Of(ValueList.From(value)); }

    /// <summary>Text-quality findings, and any field whose extraction failed (BLT012, with the article's line).</summary>
    public IReadOnlyList<TextWarning> Warnings { get => _warnings.Value; init => _warnings = LazyField<IReadOnlyList<TextWarning>>.Of(ValueList.From(value)); }

    /// <summary>
    /// The latest day on which a date the article mentions to the day starts (for news, usually the day it reports),
    /// else the latest start of a month it mentions (`in July` names a month, often of an event to come, not the
    /// day reported); null when it mentions none. What the module's table view shows and <c>Sort-Object Date</c> sorts by.
    /// </summary>
    public DateTime? Date
    {
        get
        {
            DateTime? latestDay = null, latestMonth = null;
            foreach (var date in Dates)
            {
                bool wholeMonth = date.Start.Day == 1 && date.End == date.Start.AddMonths(1).AddDays(-1);
                if (wholeMonth) { if (latestMonth is null || date.Start > latestMonth) latestMonth = date.Start; }
                else if (latestDay is null || date.Start > latestDay) latestDay = date.Start;
            }
            return latestDay ?? latestMonth;
        }
    }

    /// <summary>
    /// Short: kind, title, file name and line, <c>OperationReport: Europol supports ... (week.txt:12)</c>.
    /// Sealed, so every kind uses it instead of the compiler's dump of every field: it is what
    /// PowerShell shows for <c>"$article"</c>, Group-Object groups and nested articles.
    /// </summary>
    public sealed override string ToString() => $"{Kind}: {Title} ({Path.GetFileName(File)}:{Line})";

    /// <summary>
    /// Writes the kind's own fields as JSON properties. Generated per kind: the System.Text.Json
    /// source generator cannot see types that another generator emits, so the kinds write themselves.
    /// </summary>
    public virtual void WriteKindFields(Utf8JsonWriter writer)
    {
    }

    /// <summary>
    /// Puts the text of each of the kind's own fields into <paramref name="cells"/>, one cell a field in
    /// the order of its <see cref="Schema.KindInfo.Fields"/> (whose JSON names are the CSV columns).
    /// Generated per kind, like <see cref="WriteKindFields"/>: the CSV writer reads no property by reflection.
    /// </summary>
    public virtual void WriteKindCells(Span<string> cells)
    {
    }
}
