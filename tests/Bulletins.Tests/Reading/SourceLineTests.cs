using Bulletins.Reading;

namespace Bulletins.Tests.Reading;

/// <summary>The names a <c>Source:</c> line may carry: agencies and ministries by their full names.</summary>
public sealed class SourceLineTests
{
    [Theory]
    [InlineData("Federal Ministry for European and International Affairs of Austria")]
    [InlineData("Ministry of Foreign Affairs and International Cooperation of the Italian Republic")]
    [InlineData("Office of the Prosecutor General of the Republic of Lithuania")]
    public void AMinistryOrOfficeByItsFullNameStartsAnArticle(string source)
    {
        var text = $"First release title\n\nSource: Eurojust\n\nA body that ends with a list:\n  • Cyprus: Cyprus Police\n\nSecond release title\n\nSource: {source}\n\nThe ministers met in Vienna.\n";
        var result = TestReading.FromText(text);
        Assert.Equal(["First release title", "Second release title"], result.Articles.Select(a => a.Title));
        Assert.Equal(source, result.Articles[1].Source);
    }

    [Theory]
    [InlineData("Directorate-General for Migration and Home Affairs of the European Commission in Brussels and Luxembourg")]
    [InlineData("Ministry of the Interior, Police Department")]
    public void ASourceNameTheRuleRefusesUnderATitleIsBodyTextWithAWarning(string source)
    {
        var text = $"First release title\n\nSource: Eurojust\n\nThe first body ends here.\n\nSecond release title\n\nSource: {source}\n\nThe ministers met in Vienna.\n";
        var result = TestReading.FromText(text);
        Assert.Single(result.Articles);
        var warning = Assert.Single(result.Problems, p => p.Code == ProblemCodes.UnreadableSource);
        Assert.Equal((7, 9), (warning.Line, warning.EndLine));
    }

    [Fact]
    public void ACitationUnderAParagraphThatEndsASentenceIsNoWarning()
    {
        var text = "Release title\n\nSource: Eurostat\n\nUnemployment fell to 5.9 %.\n\nSource: Eurostat, 2024.\n";
        var result = TestReading.FromText(text);
        Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
    }
}
