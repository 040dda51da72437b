using Bulletins.Tests.Reading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// A fact about extracted fields (dates, money, people, countries, quotes, warnings, counts,
/// authorities, schedules...). While the extractors are still placeholders on the branch under test
/// (they find nothing, not even the date in "On 14 March 2025"), these facts are skipped rather
/// than failed; as soon as real extractors are merged they run, and fail if the fields are wrong.
/// </summary>
public sealed class ExtractorsFactAttribute : FactAttribute
{
    private static readonly bool ExtractorsArePlaceholders = Probe();

    public ExtractorsFactAttribute()
    {
        if (ExtractorsArePlaceholders)
        {
            Skip = "QA: the mention and kind-field extractors are placeholders on this branch (issue 4 not merged)";
        }
    }

    private static bool Probe()
    {
        const string Text = "Probe\n\nSource: QA\n\nOn 14 March 2025, 12 suspects were arrested and EUR 2 million was seized.\n";
        var article = Assert.Single(TestReading.FromText(Text).Articles);
        return article.Dates.Count == 0 && article.Money.Count == 0;
    }
}
