using Bulletins.Collections;
using Bulletins.Mentions;

namespace Bulletins.Extraction;

/// <summary>The entry points for the mentions every article kind has.</summary>
// PLACEHOLDER: the extractors themselves are being written (issue 4); until then each finds nothing.
internal static class MentionExtractors
{
    public static IReadOnlyList<DateMention> Dates(ExtractionContext context) => ValueList<DateMention>.Empty;
    public static IReadOnlyList<MoneyMention> Money(ExtractionContext context) => ValueList<MoneyMention>.Empty;
    public static IReadOnlyList<PersonMention> People(ExtractionContext context) => ValueList<PersonMention>.Empty;
    public static IReadOnlyList<string> Countries(ExtractionContext context) => ValueList<string>.Empty;
    public static IReadOnlyList<QuoteMention> Quotes(ExtractionContext context) => ValueList<QuoteMention>.Empty;
    public static IReadOnlyList<TextWarning> Warnings(ExtractionContext context) => ValueList<TextWarning>.Empty;
}
