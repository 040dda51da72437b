using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Tests.Extraction.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulletins.Tests.Extraction;

/// <summary>The extractors never throw and stay linear, whatever the text.</summary>
public class RobustnessTests
{
    /// <summary>Every extractor, as the factory would run them.</summary>
    private static void RunAll(ExtractionContext context)
    {
        _ = context.Dates;
        _ = context.Money;
        _ = context.People;
        _ = context.Countries;
        _ = context.Quotes;
        _ = context.Warnings;
        _ = SpeakerExtractor.Extract(context);
        _ = ScheduleExtractor.Extract(context);
        _ = HandleExtractor.Extract(context);
        _ = AuthorityExtractor.Extract(context);
        _ = QuantityExtractor.Extract(context);
        _ = CountExtractor.Find(context, new System.Text.RegularExpressions.Regex("(?i)arrests?"), new System.Text.RegularExpressions.Regex("(?i)arrested"));
        _ = ArticleClassifier.Classify(context);
    }

    [Fact]
    public void AOneMegabyteSingleLineParagraphIsReadWithoutBlowingUp()
    {
        // The shapes every extractor looks for, repeated with no line break: dates, ranges, money,
        // counts, names after titles, countries, quotes, handles, glued sentences, an unclosed quote.
        const string chunk = "From 3 to 7 March 2025 Secretary General Jens Stoltenberg said “EUR 240 000 and 37 arrests in Spain,” he added; "
                           + "Mr Stoltenberg met @NATO@NATOPress in Bosnia and Herzegovina.The 12 suspects were arrested, 5 tonnes of cocaine, “";
        var line = new System.Text.StringBuilder(1 << 20);
        while (line.Length < 1 << 20) line.Append(chunk);
        var context = DraftReader.Context("A title", "Europol", line.ToString());
        RunAll(context);
        Assert.True(context.Dates.Count > 0 && context.Money.Count > 0 && context.Warnings.Count > 1000);
    }

    [Fact]
    public void LongRunsOfOneCharacterAreHarmless()
    {
        foreach (char c in "1 .,“\"@A-a:\u00A0")
        {
            RunAll(DraftReader.Context(new string(c, 1000), "X", new string(c, 200_000)));
        }
    }

    private static readonly string[] Pieces =
    [
        "14", "March", "2025", "from", "to", "and", "between", "EUR", "€", "$", "£", "million", "1.3", "10.105", "6 500", "\u00A0000",
        "Mr", "Admiral", "Secretary General", "Jens", "Stoltenberg", "Minister of", "Defence", ",", ".", ":", "“", "”", "\"", "said",
        "he added", "arrests", "suspects were arrested", "of", "the", "Spain", "Bosnia", "Herzegovina", "@NATO", "@", "09:30", "(CET)",
        "•", "\n", " ", "…", "authoritiesThese", "focuseXXId", "tonnes", "kg", "twenty-one", "hundred", "1st", "th", "-", "/", "Operation",
    ];

    [Property(MaxTest = 300)]
    public Property ExtractorsNeverThrowOnArbitraryMixes()
    {
        var pieces = Gen.Elements(Pieces).ArrayOf().Select(a => string.Join(" ", a));
        var anyText = Gen.OneOf(pieces, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
        return Prop.ForAll(anyText.ToArbitrary(), anyText.ToArbitrary(), (title, body) =>
        {
            RunAll(DraftReader.Context(title.Replace('\n', ' '), "Europol", body.Length == 0 ? "x" : body));
        });
    }
}
