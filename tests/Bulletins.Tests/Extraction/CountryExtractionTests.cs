using Bulletins.Extraction.Text;
using Bulletins.Extraction.Extractors.Countries;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

public class CountryExtractionTests
{
    private static IReadOnlyList<string> Countries(string text) => DraftReader.Context("A title", "NATO", text).Countries;

    [Fact]
    public void ReadsEnglishShortNamesOnceEach() =>
        Assert.Equal(["Bosnia and Herzegovina", "United Kingdom", "North Korea", "South Korea", "New Zealand"],
            Countries("Bosnia and Herzegovina, the UK, North Korea, South Korea, New Zealand and Bosnia Herzegovina again."));

    [Theory]
    [InlineData("U.S. forces and the USA", "United States")]
    [InlineData("the United States of America", "United States")]
    [InlineData("Türkiye and Turkey", "Türkiye")]
    [InlineData("the Czech Republic and Czechia", "Czechia")]
    [InlineData("Bosnia-Herzegovina", "Bosnia and Herzegovina")]
    [InlineData("the Netherlands", "Netherlands")]
    [InlineData("Papua New Guinea", "Papua New Guinea")]
    public void AliasesNameTheSameCountry(string text, string country) => Assert.Equal([country], Countries(text));

    [Theory]
    [InlineData("Both Europe and North America contribute.")]
    [InlineData("The Italian and Albanian authorities cooperated.")] // adjectives are not names
    [InlineData("Join us in the fight; turkey for dinner.")]
    [InlineData("Visits to Washington, D.C. and New Jersey.")]
    [InlineData("Arrivals on the Canary Islands rose sharply in August.")]
    [InlineData("The ferry from Ceuta and Melilla was searched.")]
    [InlineData("A patrol reached Diego Garcia on Monday.")]
    public void FindsNoCountryWhereNoneIsNamed(string text) => Assert.Empty(Countries(text));

    [Fact]
    public void APartOfACountryIsNotACountryButTheCountryIs() =>
        Assert.Equal(["Spain"], Countries("Frontex supports Spain on the route to the Canary Islands."));

    [Fact]
    public void TheShippedListMatchesTheRegionData()
    {
        // The fallback for globalization-invariant runtimes must name the same countries.
        var shipped = CountryNames.ShippedListForTests();
        Assert.True(shipped.Count >= 240, $"only {shipped.Count} entries");
        Assert.Equal("Bosnia & Herzegovina", shipped["BA"]);
        Assert.Contains("United Kingdom", CountryNames.All.Values);
    }
}
