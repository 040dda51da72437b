namespace Bulletins.Tests.Reading;

/// <summary>The names a <c>Source:</c> line may carry: agencies and ministries by their full names.</summary>
public sealed class SourceLineTests
{
    [Theory]
    [InlineData("Federal Ministry for European and International Affairs of Austria")]
    [InlineData("Ministry of Foreign Affairs and International Cooperation of the Italian Republic")]
    [InlineData("Office of the Prosecutor General of the Republic of Lithuania")]
    public void A_ministry_or_office_by_its_full_name_starts_an_article(string source)
    {
        var text = $"First release title\n\nSource: Eurojust\n\nA body that ends with a list:\n  • Cyprus: Cyprus Police\n\nSecond release title\n\nSource: {source}\n\nThe ministers met in Vienna.\n";
        var result = TestReading.FromText(text);
        Assert.Equal(["First release title", "Second release title"], result.Articles.Select(a => a.Title));
        Assert.Equal(source, result.Articles[1].Source);
    }
}
