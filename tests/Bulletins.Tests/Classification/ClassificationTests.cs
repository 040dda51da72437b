using Bulletins.Extraction.Runtime;
using Bulletins.Testing;
using Bulletins.Tests.Extraction.Support;
using Xunit.Abstractions;

namespace Bulletins.Tests.Classification;

/// <summary>
/// The schema's recognition rules on bulletins the rules were not written from: the test bulletins
/// in tests/Bulletins.Tests/Bulletins (written in the seed's style, several per kind) and the seed.
/// Each article's expected kind is stated by its position, never matched on its title.
/// </summary>
public class ClassificationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Files => new()
    {
        { "speeches.txt", ["Speech", "Speech", "Speech"] },
        { "media-advisories.txt", ["MediaAdvisory", "MediaAdvisory", "MediaAdvisory"] },
        { "operation-reports.txt", ["OperationReport", "OperationReport", "OperationReport", "OperationReport"] },
        { "statements.txt", ["Statement", "Statement", "Statement"] },
        { "news-releases.txt", ["NewsRelease", "NewsRelease", "NewsRelease"] },
        // Reports that borrow a genre's words (a press conference held, an aim to meet targets, trafficking
        // as a policy subject, a statement welcomed) and genres with few of the usual words.
        { "boundary-cases.txt", ["NewsRelease", "NewsRelease", "NewsRelease", "NewsRelease", "Speech", "OperationReport", "Statement"] },
        // Styles the rules were not first written from: a video message, a sentence, a takedown without
        // arrests in the title, an advisory in the future tense, a spokesperson's statement, a meeting report.
        { "more-styles.txt", ["Speech", "OperationReport", "OperationReport", "MediaAdvisory", "Statement", "NewsRelease"] },
        // Joint statements that name their partners between "Joint" and the genre noun, beside two
        // titles that start with "Joint" and are a report and a news item.
        { "joint-statements.txt", ["Statement", "Statement", "Statement", "Statement", "OperationReport", "NewsRelease"] },
        // Gatherings whose bodies speak of crimes, seizures and police, beside interceptions at sea and at a
        // border, and an action day whose title names the forum that prepared it.
        { "gatherings-and-interceptions.txt", ["NewsRelease", "NewsRelease", "OperationReport", "OperationReport", "OperationReport"] },
        { "press-points.txt", ["MediaAdvisory", "MediaAdvisory"] },
        {
            "seeds/000_e349464e1e009bb6.txt",
            ["OperationReport", "NewsRelease", "Speech", "OperationReport", "NewsRelease", "NewsRelease", "OperationReport", "Statement", "Speech", "NewsRelease"]
        },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryArticleGetsItsKind(string file, string[] expected)
    {
        var contexts = DraftReader.Contexts(file);
        Assert.Equal(expected.Length, contexts.Count);
        var wrong = new List<string>();
        for (int i = 0; i < contexts.Count; i++)
        {
            var kind = ArticleClassifier.Classify(contexts[i]).ToString();
            var scores = string.Join(", ", ArticleClassifier.Score(contexts[i]).Select(s => $"{s.Kind}={s.Score}"));
            output.WriteLine($"{file}:{contexts[i].Draft.Line} {kind} ({scores}) {contexts[i].Draft.Title}");
            if (kind != expected[i]) wrong.Add($"line {contexts[i].Draft.Line}: {kind}, expected {expected[i]} ({scores})");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// Classify skips what cannot change the kind (a kind that can no longer reach its threshold stops
    /// scoring, no rule list is kept); it must still give what choosing from the full scores gives,
    /// on every committed bulletin, the held-back ones included.
    /// </summary>
    [Fact]
    public void ClassifyGivesTheKindTheFullScoresChoose()
    {
        var files = Directory.EnumerateFiles(Fixtures.Project(), "*.txt", SearchOption.AllDirectories).Append(Fixtures.Seed).Order(StringComparer.Ordinal).ToList();
        int articles = 0;
        var differ = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            foreach (var draft in Bulletin.ReadDrafts(stream, file))
            {
                var context = new ExtractionContext(draft, "id");
                var scores = ArticleClassifier.Score(context);
                var quick = ArticleClassifier.Classify(context);
                var full = ArticleClassifier.Choose(scores);
                if (quick != full) differ.Add($"{file}:{draft.Line}: Classify {quick}, Choose(Score) {full}");
                articles++;
            }
        }
        Assert.True(articles > 200, $"only {articles} articles read");
        Assert.True(differ.Count == 0, string.Join("\n", differ));
    }
}
