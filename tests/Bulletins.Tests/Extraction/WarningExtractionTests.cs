using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

public class WarningExtractionTests
{
    [Fact]
    public void GluedSentencesAndDamagedTokensCarryTheirFileLine()
    {
        // Paragraphs start at lines 5 and 7; the second has two lines.
        var warnings = DraftReader.Context("A title", "Europol",
            "They dismantled the network.The operation ended.",
            "Police thanked the authoritiesThese arrests\nfollow an investigation focuseXXId on ports.").Warnings;
        Assert.Equal(
            [
                new TextWarning(WarningCodes.GluedSentence, warnings[0].Message, 5, "network.The"),
                new TextWarning(WarningCodes.GluedSentence, warnings[1].Message, 7, "authoritiesThese"),
                new TextWarning(WarningCodes.DamagedToken, warnings[2].Message, 8, "focuseXXId"),
            ],
            warnings);
    }

    [Fact]
    public void ATruncatedTeaserIsReportedWithItsCutSentence()
    {
        var warning = Assert.Single(DraftReader.Context("A title", "Europol", "The network was active.", "It operated from Albania.\nIt moved drugs by car to…").Warnings);
        Assert.Equal(WarningCodes.TruncatedTeaser, warning.Code);
        Assert.Equal(8, warning.Line);
        Assert.Equal("It moved drugs by car to…", warning.Text);
    }

    [Theory]
    [InlineData("He visited Washington, D.C. last week with U.S. officials.")]
    [InlineData("Tools, e.g. phishing kits, i.e. cheap ones, were sold.")]
    [InlineData("See www.europol.europa.eu or write to press@hq.nato.int for details.")]
    [InlineData("NATO’s deterrence and the Alliance’s readiness.")]
    [InlineData("The EncroChat network and iPhone users on YouTube and WhatsApp.")]
    [InlineData("Mrs. Smith met Dr. Jones and St. George at 10.30.")]
    [InlineData("The mRNA vaccine and the kWh price, HQ and the EU’s IDs.")]
    public void CleanTextHasNoWarnings(string text) => Assert.Empty(DraftReader.Context("A title", "NATO", text).Warnings);
}
