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

    [Theory]
    [InlineData("“The network has lost its leaders and its money,” said Europol Executive Director Henrike Vos.", "Henrike Vos")]
    [InlineData("“Our officers worked for two years on this case,” said the Agency’s Deputy Executive Director Marek Zielinski.", "Marek Zielinski")]
    [InlineData("“The border is safer today than a year ago,” said Frontex Executive Director Aino Virtanen at the press conference.", "Aino Virtanen")]
    public void ATitleBetweenTheVerbAndTheNameIsNoObstacle(string paragraph, string speaker) =>
        Assert.Equal(speaker, Assert.Single(DraftReader.Context("A title", "Europol", paragraph).Quotes).Speaker);

    [Fact]
    public void ASpeakerGivenByShortFormOrOfficeTakesTheFullNameGivenElsewhere()
    {
        var context = DraftReader.Context("Admiral Lindqvist visits the Baltic fleet", "NATO",
            "The Chair of the Military Committee, Admiral Sofia Lindqvist, met the crews in Karlskrona.",
            "“These crews keep our sea lanes open every single day,” said Admiral Lindqvist.",
            "Europol Executive Director Rasmus Holt also spoke. “Criminals use the same ports as everyone else,” said the Executive Director.");
        Assert.Equal(["Sofia Lindqvist", "Rasmus Holt"], context.Quotes.Select(q => q.Speaker));
        Assert.Equal(["Sofia Lindqvist", "Rasmus Holt"], context.People.Select(p => p.Name));
    }

    [Fact]
    public void AParticipleClauseAttributesItsQuoteToTheSubject()
    {
        var quotes = DraftReader.Context("A title", "Eurojust",
            "Chief Prosecutor Ilse Maertens welcomed the verdict, noting that “the victims have waited far too long for this day”.",
            "She thanked the investigators, adding: “None of this would have happened without them.”",
            "He spoke in Lyon, stressing that “every border we share is a border we protect together”.").Quotes;
        Assert.Equal(["Ilse Maertens", "Ilse Maertens", "Ilse Maertens"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("The cartel, known as “Los Hijos del Sol”, shipped cocaine through three ports.")]
    [InlineData("Investigators named the operation “Black Tide Rising” after the night of the first raid.")]
    [InlineData("The platform, called \"Silent Harbour Market\", closed in March.")]
    public void AQuotedProperNameIsNoSpeech(string paragraph) =>
        Assert.Empty(DraftReader.Context("A title", "Europol", paragraph).Quotes);

    [Theory]
    [InlineData("Jana Novak spoke to reporters.", "“The network was run like a company,” Novak said.")]
    [InlineData("Jana Novak, head of the cybercrime unit, met the press.", "“The network was run like a company,” Jana Novak, head of the unit, said.")]
    [InlineData("Jana Novak led the inquiry.", "“The network was run like a company,” according to Jana Novak.")]
    [InlineData("The agency briefed the press.", "“The network was run like a company,” the Europol Executive Director Jana Novak said.")]
    public void SpeakersBySurnameAfterADescriptionOrByAttribution(string first, string second) =>
        Assert.Equal("Jana Novak", Assert.Single(DraftReader.Context("A title", "Europol", first, second).Quotes).Speaker);

    [Theory]
    [InlineData("“We found the money in four countries,” said Chief Prosecutor Ilse Maertens. “The trial can now begin.”")]
    [InlineData("“We found the money in four countries,” Chief Prosecutor Ilse Maertens said. “The trial can now begin.”")]
    public void ASecondQuoteRightAfterTheAttributionKeepsItsSpeaker(string paragraph) =>
        Assert.Equal(["Ilse Maertens", "Ilse Maertens"], DraftReader.Context("A title", "Eurojust", paragraph).Quotes.Select(q => q.Speaker));

    [Fact]
    public void AQuoteAfterAnUnrelatedSentenceHasNoSpeakerFromTheOneBefore() =>
        Assert.Equal(["Ilse Maertens", null], DraftReader.Context("A title", "Eurojust",
            "“We found the money in four countries,” said Chief Prosecutor Ilse Maertens. The defence called it “a political trial without any evidence”.").Quotes.Select(q => q.Speaker));

    [Theory]
    [InlineData("“Every parcel we stop protects a patient,” said the head of the Belgian medicines unit, Sofie Claes.", "Sofie Claes")]
    [InlineData("“The route is closed for now,” said the commander of the Frontex joint operation, Colonel Radu Ionescu.", "Radu Ionescu")]
    [InlineData("“We follow the money,” added the leader of the financial investigation team, Hanna Virtanen.", "Hanna Virtanen")]
    public void ASpeakerInAppositionToARoleAfterTheVerb(string paragraph, string speaker) =>
        Assert.Equal([speaker], DraftReader.Context("A title", "Europol", paragraph).Quotes.Select(q => q.Speaker));
}
