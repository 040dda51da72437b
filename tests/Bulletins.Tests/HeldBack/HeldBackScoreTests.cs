using System.Globalization;
using Xunit.Abstractions;

namespace Bulletins.Tests.HeldBack;

/// <summary>
/// Extraction scored against the held-back bulletins (written and annotated blind, before the
/// fixes they measure). The floors are the figures docs/extraction.md reports: a change that
/// loses recall or adds false finds fails here and shows, in the test output, which items moved.
/// </summary>
public sealed class HeldBackScoreTests(ITestOutputHelper output)
{
    // The figures last reported in docs/extraction.md, rounded towards failing.
    private const double KindAccuracyFloor = 0.978;
    private const double RecallFloor = 0.975;
    private const double FalseFindCeiling = 0.022;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "HeldBack");

    public static TheoryData<string> Bulletins()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "heldback_*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    private static string ExpectedPathOf(string bulletin) => Path.Combine(Folder, Path.GetFileNameWithoutExtension(bulletin) + ".expected.json");

    private static HeldBackScorer ScoreAll()
    {
        var scorer = new HeldBackScorer();
        foreach (var path in Directory.EnumerateFiles(Folder, "heldback_*.txt").Order(StringComparer.Ordinal))
        {
            scorer.ScoreBulletin(path, ExpectedPathOf(path));
        }
        return scorer;
    }

    [Fact]
    public void The_held_back_set_is_there()
    {
        Assert.True(Directory.EnumerateFiles(Folder, "heldback_*.txt").Count() >= 6, $"expected the held-back bulletins in {Folder}");
    }

    [Theory]
    [MemberData(nameof(Bulletins))]
    public void Every_annotated_article_is_read_under_its_title(string bulletin)
    {
        var scorer = new HeldBackScorer();
        scorer.ScoreBulletin(Path.Combine(Folder, bulletin), ExpectedPathOf(bulletin));
        Assert.Empty(scorer.ArticleMismatches);
    }

    [Fact]
    public void Extraction_holds_its_recorded_scores()
    {
        var scorer = ScoreAll();
        output.WriteLine(scorer.Report());
        output.WriteLine(scorer.Details());
        var (listed, found, hits) = scorer.ItemTotals;
        var recall = (double)hits / listed;
        var falseFinds = (double)(found - hits) / found;
        var kinds = scorer.Tally("kind").Recall;
        Assert.True(kinds >= KindAccuracyFloor, string.Create(CultureInfo.InvariantCulture, $"kinds {kinds:P1} < {KindAccuracyFloor:P1}"));
        Assert.True(recall >= RecallFloor, string.Create(CultureInfo.InvariantCulture, $"recall {recall:P1} < {RecallFloor:P1}"));
        Assert.True(falseFinds <= FalseFindCeiling, string.Create(CultureInfo.InvariantCulture, $"false finds {falseFinds:P1} > {FalseFindCeiling:P1}"));
    }
}
