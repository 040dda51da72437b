using Bulletins.Mentions;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

public class QuoteExtractionTests
{
    [Fact]
    public void SpeakersAfterTheQuoteResolveToFullNames()
    {
        var quotes = DraftReader.Context("A title", "NATO",
            "Secretary General Jens Stoltenberg met Allies.",
            "“Iran must rein in its proxies,” Mr Stoltenberg said.",
            "“We will stand by Ukraine for as long as it takes,” he added.",
            "“This is a new era for our Alliance,” said Admiral Rob Bauer.").Quotes;
        Assert.Equal(
            [
                new QuoteMention("Iran must rein in its proxies,", "Jens Stoltenberg"),
                new QuoteMention("We will stand by Ukraine for as long as it takes,", "Jens Stoltenberg"),
                new QuoteMention("This is a new era for our Alliance,", "Rob Bauer"),
            ],
            quotes);
    }

    [Fact]
    public void SpeakersBeforeTheQuote()
    {
        var quotes = DraftReader.Context("A title", "NATO",
            "Admiral Rob Bauer spoke in Oslo. The Admiral stressed that “prevention of war is a task for all of society”.",
            "General Cavoli told his audience: \"The soldiers here are ready and proud.\"",
            "He added: “Their presence sends a clear message.”").Quotes;
        Assert.Equal(
            [
                new QuoteMention("prevention of war is a task for all of society", "Rob Bauer"),
                new QuoteMention("The soldiers here are ready and proud.", "Cavoli"),
                new QuoteMention("Their presence sends a clear message.", "Cavoli"),
            ],
            quotes);
    }

    [Fact]
    public void QuotesWithoutASpeakerAndShortTermsInQuotes()
    {
        var quotes = DraftReader.Context("A title", "NATO",
            "The theme was “big data” and the headline was “NATO 75, Past, Present and Future.”").Quotes;
        Assert.Equal([new QuoteMention("NATO 75, Past, Present and Future.", null)], quotes);
    }
}
