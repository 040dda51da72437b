using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Tests.Extraction.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulletins.Tests.Extraction;

/// <summary>The extractors never throw, stay linear and keep the text whole, whatever the text.</summary>
public class RobustnessTests
{
    /// <summary>
    /// Every extractor, as the factory runs them: the text classified, then made into an article of
    /// every kind the schema declares (so each kind's fields, whatever the YAML names, and the base
    /// mentions all run), never a hand-kept list that misses the next extractor.
    /// </summary>
    private static List<Article> RunAll(ExtractionContext context)
    {
        _ = ArticleClassifier.Classify(context);
        return Enum.GetValues<ArticleKind>().Select(kind => ArticleFactory.Create(kind, context)).ToList();
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
            var title = new string(c, 1000);
            var body = new string(c, 200_000);
            AssertKeptWhole(title, body, RunAll(DraftReader.Context(title, "X", body)));
        }
    }

    /// <summary>One article a kind, each keeping its text whole, with every warning on one of its lines.</summary>
    private static void AssertKeptWhole(string title, string body, List<Article> articles)
    {
        Assert.Equal(Enum.GetNames<ArticleKind>(), articles.Select(a => a.Kind));
        Assert.All(articles, article =>
        {
            Assert.Equal(title, article.Title);
            Assert.Equal(body, Assert.Single(article.Paragraphs));
            Assert.All(article.Warnings, warning => Assert.InRange(warning.Line, article.Line, article.LastLine));
        });
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
            // Not only "no exception": whatever the mix, the extractors keep the text as it came.
            title = title.Replace('\n', ' ');
            body = body.Length == 0 ? "x" : body;
            AssertKeptWhole(title, body, RunAll(DraftReader.Context(title, "Europol", body)));
        });
    }
}
