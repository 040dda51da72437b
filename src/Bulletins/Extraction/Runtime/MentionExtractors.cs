using Bulletins.Extraction.Extractors.Countries;
using Bulletins.Extraction.Extractors.Dates;
using Bulletins.Extraction.Extractors.Money;
using Bulletins.Extraction.Extractors.People;
using Bulletins.Extraction.Extractors.Quotes;
using Bulletins.Extraction.Text;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Runtime;

/// <summary>The entry points for the mentions every article kind has: each reads the title and body.</summary>
internal static class MentionExtractors
{
    public static IReadOnlyList<DateMention> Dates(ExtractionContext context) =>
        DateExtractor.Extract(context.Segments, context.BulletinYear, context.BulletinDate);

    public static IReadOnlyList<MoneyMention> Money(ExtractionContext context) => MoneyExtractor.Extract(context.Segments);

    public static IReadOnlyList<PersonMention> People(ExtractionContext context) => context.PeopleAndOccurrences.People;

    public static IReadOnlyList<string> Countries(ExtractionContext context) => CountryExtractor.Extract(context.Segments);

    public static IReadOnlyList<QuoteMention> Quotes(ExtractionContext context) =>
        QuoteExtractor.Extract(context.Segments, context.PeopleAndOccurrences.Occurrences, context.People);

    public static IReadOnlyList<TextWarning> Warnings(ExtractionContext context) => WarningExtractor.Extract(context.Draft, context.Segments);
}
