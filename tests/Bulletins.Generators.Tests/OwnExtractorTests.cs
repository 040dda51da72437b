using System.Reflection;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// A consumer's own <c>method:</c> extractor is written with the toolkit the built-in ones use
/// (docs/extraction.md, "A method: extractor of your own"): the article's segments with their lines,
/// their shared tokens, the number reader and the phrase matcher, all public API of the library.
/// </summary>
public class OwnExtractorTests
{
    private const string Schema = """
        namespace: Fees
        kinds:
          - name: FeeNotice
            fallback: true
            fields:
              - name: fees
                type: string[]
                description: Each amount with its currency and file line.
                extract:
                  method: Fees.FeeExtractor.Extract
        """;

    private const string Extractor = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using Bulletins.Extraction.Runtime;
        using Bulletins.Extraction.Text;

        namespace Fees;

        public static class FeeExtractor
        {
            private static readonly PhraseMatcher<string> Currencies = Build();

            private static PhraseMatcher<string> Build()
            {
                var currencies = new PhraseMatcher<string>(StringComparison.OrdinalIgnoreCase);
                currencies.Add("euro", "EUR");
                currencies.Add("euros", "EUR");
                currencies.Add("Swiss francs", "CHF");
                return currencies;
            }

            public static IReadOnlyList<string> Extract(ExtractionContext context)
            {
                var fees = new List<string>();
                foreach (TextSegment segment in context.Segments)
                {
                    if (segment.IsTitle) continue;
                    TokenText t = segment.Tokens;
                    for (int i = 0; i < t.Count; i++)
                    {
                        if (!NumberReader.TryRead(t, i, out NumberMatch number)) continue;
                        i = number.Last;
                        if (!Currencies.TryMatch(t, number.Last + 1, out var currency, out int last)) continue;
                        fees.Add(number.Value.ToString(CultureInfo.InvariantCulture) + " " + currency + " @" + segment.LineAt(t.Tokens[number.First].Start));
                        i = last;
                    }
                }
                return fees;
            }
        }
        """;

    private const string Notice = """
        Museum fees for 2026: 3 euros off

        Source: Town museum

        Entry costs twelve euros on weekdays
        and 2,500 Swiss francs for a season; groups of 10 pay less.

        Children pay 3 euros.

        """;

    [Fact]
    public void AConsumersMethodExtractorReadsSegmentsTokensNumbersAndPhrasesLikeTheBuiltInOnes()
    {
        var output = TestHelpers.Run(Schema, Extractor);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        var factory = TestHelpers.EmitAndLoad(output.OutputCompilation).GetType("Fees.FeesFactory", throwOnError: true)!;

        var article = Bulletin.Read(new StringReader(Notice), "fees.txt", new BulletinReadOptions
        {
            Factory = context => (Article)factory.GetMethod("Create", [typeof(ExtractionContext)])!.Invoke(null, [context])!,
        }).Single();

        // Words and digits with separators read as numbers, a two-word currency matched, each on its own file line; the title is skipped.
        var fees = (IReadOnlyList<string>)article.GetType().GetProperty("Fees", BindingFlags.Public | BindingFlags.Instance)!.GetValue(article)!;
        Assert.Equal(["12 EUR @5", "2500 CHF @6", "3 EUR @8"], fees);
    }
}
