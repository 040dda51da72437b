using Bulletins.Mentions;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

public class PeopleExtractionTests
{
    private static IReadOnlyList<PersonMention> People(params string[] paragraphs) => DraftReader.Context("A title", "NATO", paragraphs).People;

    [Fact]
    public void ReadsTitlesAndRanksBeforeNames()
    {
        var people = People(
            "NATO Secretary General Jens Stoltenberg met Lieutenant General Jane Okafor and LTG John Smith.",
            "Ambassador Julianne Smith and Deputy Secretary General Mircea Geoană joined Admiral Rob Bauer.");
        Assert.Equal(
            [
                new PersonMention("Jens Stoltenberg", "Secretary General"),
                new PersonMention("Jane Okafor", "Lieutenant General"),
                new PersonMention("John Smith", "Lieutenant General"),
                new PersonMention("Julianne Smith", "Ambassador"),
                new PersonMention("Mircea Geoană", "Deputy Secretary General"),
                new PersonMention("Rob Bauer", "Admiral"),
            ],
            people);
    }

    [Fact]
    public void ShortFormsResolveToTheFullNameOncePerArticle()
    {
        var people = People(
            "Mr Stoltenberg opened the meeting.",
            "Secretary General Jens Stoltenberg said Allies agreed. Admiral Rob Bauer briefed them.",
            "Admiral Bauer and Mr Stoltenberg then left. Mr Geoana was absent, while Deputy Secretary General Mircea Geoană chaired.");
        Assert.Equal(
            [
                new PersonMention("Jens Stoltenberg", "Secretary General"),
                new PersonMention("Rob Bauer", "Admiral"),
                new PersonMention("Mircea Geoană", "Deputy Secretary General"),
            ],
            people);
    }

    [Fact]
    public void OfficesTakeTheirComplementAndAppositions()
    {
        var people = People(
            "He met the Norwegian Minister of Defence, Bjørn Arild Gram, and President of the European Commission Ursula von der Leyen.",
            "“We act,” said Ms Karin Lindqvist, Head of the European Serious Organised Crime Centre.");
        Assert.Equal(
            [
                new PersonMention("Bjørn Arild Gram", "Minister of Defence"),
                new PersonMention("Ursula von der Leyen", "President of the European Commission"),
                new PersonMention("Karin Lindqvist", "Head of the European Serious Organised Crime Centre"),
            ],
            people);
    }

    [Fact]
    public void NamesBesideSpeechVerbsCountWithoutATitle() =>
        Assert.Equal([new PersonMention("Jake Sullivan", null), new PersonMention("Anna Kowalska", null)],
            People("Jake Sullivan said the talks went well, according to officials; “It works,” said Anna Kowalska."));

    [Fact]
    public void AnOfficeNamedAloneBelongsToTheOnlyUntitledPerson() =>
        Assert.Equal([new PersonMention("Stoltenberg", "Secretary General")],
            People("The Secretary General highlighted the threat.", "Mr Stoltenberg also underlined the deals, said the Secretary General."));

    [Fact]
    public void AnOfficeBesideANameIsThatPerson() =>
        Assert.Equal([new PersonMention("Sean Clancy", "General"), new PersonMention("Kallas", null)],
            People("The Chair of the EU Military Committee, General Sean Clancy, thanked Ms Kallas."));

    [Fact]
    public void FormsOfAddressAfterATitleAreNotPartOfTheName() =>
        Assert.Equal([new PersonMention("Edward Hallam", "Ambassador"), new PersonMention("Jonas Aaltonen", "European Commissioner for Home Affairs")],
            People("Ambassador Sir Edward Hallam met the European Commissioner for Home Affairs, Mr Jonas Aaltonen. Sir Edward and Mr Aaltonen agreed."));

    [Fact]
    public void FamilyNameFirstAndHyphenatedGivenNames() =>
        Assert.Equal([new PersonMention("Park Ji-hoon", "General")], // the title directly before the name, as for `..., Admiral Rob Bauer`
            People("The Chairman of the Joint Chiefs of Staff of the Republic of Korea, General Park Ji-hoon, spoke. General Park said more."));

    [Fact]
    public void ASentenceEndsAfterAFullTitle() =>
        Assert.Empty(People("She will meet the Prime Minister. Media representatives should register."));

    [Theory]
    [InlineData("Mariam Okonkwo took office as head of the unit on Monday. Ms Okonkwo thanked the staff.", "Mariam Okonkwo")]
    [InlineData("The board met in Vienna. Tomasz Wierzbicki has led the directorate since its creation.", "Tomasz Wierzbicki")]
    [InlineData("Elin Marie Sundqvist joined the agency in 2019, and Sundqvist now runs its fraud desk.", "Elin Marie Sundqvist")]
    public void AFullNameOpeningASentenceIsAPersonAndItsShortFormResolves(string text, string name) =>
        Assert.Equal([new PersonMention(name, null)], People(text));

    [Fact]
    public void NamesInAppositionAfterARoleNounOrBeforeAnOffice()
    {
        var people = People(
            "The new Director General replaced his predecessor, Henrik Dahlgren, in May.",
            "The border agency welcomed news from Priya Raman, the Interior Minister, on Friday.",
            "Investigators located the main suspect, Luis Alberto Ferreira Gomes, in Porto. Ferreira Gomes was arrested there.");
        Assert.Equal(
            [
                new PersonMention("Henrik Dahlgren", null),
                new PersonMention("Priya Raman", "Interior Minister"),
                new PersonMention("Luis Alberto Ferreira Gomes", null),
            ],
            people);
    }

    [Fact]
    public void AShortFormOfAFamilyNameResolvesToTheFullName() =>
        Assert.Equal([new PersonMention("Juan Carlos Moreno Vidal", null)],
            People("The court heard that a suspect, Juan Carlos Moreno Vidal, ran the network. Moreno was detained in Valencia."));

    [Theory]
    [InlineData("Jane Okafor, head of the financial crimes unit, presented the findings.", "Jane Okafor")]
    [InlineData("The figures were confirmed by Anna Berg, the agency’s spokesperson.", "Anna Berg")]
    [InlineData("Piet Janssen, who leads the unit in Ghent, warned of new threats.", "Piet Janssen")]
    [InlineData("Lars Holm also thanked the crews of both ships.", "Lars Holm")]
    [InlineData("Keynote address by Helga Brandt at the Riga Security Forum", "Helga Brandt")]
    [InlineData("Interview with Tomas Lund on the future of border checks", "Tomas Lund")]
    [InlineData("Among those detained was Farid Hassan Mohamed Ali, 38, a courier.", "Farid Hassan Mohamed Ali")]
    public void NamesDescribedOrIntroducedByTheirGenreArePeople(string text, string name) =>
        Assert.Equal([name], People(text).Select(p => p.Name));

    [Theory]
    [InlineData("Karin Aaltonen and Pieter de Vries signed the memorandum in Vilnius.", "Karin Aaltonen", "Pieter de Vries")]
    [InlineData("Joint press conference by Secretary General Mark Rutte and Ursula Keller", "Mark Rutte", "Ursula Keller")]
    public void ANameJoinedToAPersonByAndIsAPersonToo(string text, string first, string second) =>
        Assert.Equal([first, second], People(text).Select(p => p.Name));

    [Theory]
    [InlineData("Minister of Defence Anna Kask and Minister of the Interior Jaan Tamm signed the agreement.",
        "Anna Kask", "Minister of Defence", "Jaan Tamm", "Minister of the Interior")]
    [InlineData("The hearing brought together Commissioner for Trade Lea Vidmar and Chair of the Committee on Fisheries Aron Kiss.",
        "Lea Vidmar", "Commissioner for Trade", "Aron Kiss", "Chair of the Committee on Fisheries")]
    [InlineData("The talks joined Minister for Finance Orla Brennan and Minister for Justice Cian Doyle in Dublin.",
        "Orla Brennan", "Minister for Finance", "Cian Doyle", "Minister for Justice")]
    public void TitledNamesJoinedByAndAreTwoPeople(string text, string first, string firstTitle, string second, string secondTitle) =>
        Assert.Equal([new PersonMention(first, firstTitle), new PersonMention(second, secondTitle)], People(text));

    [Theory]
    [InlineData("The North Atlantic Council met in Sarajevo.")]
    [InlineData("NATO is now holding Steadfast Defender, our biggest exercise.")]
    [InlineData("Exercise Steadfast Defender is underway and Nordic Response follows.")]
    [InlineData("The Major Crimes Unit and the General Assembly of the United Nations met.")]
    [InlineData("The Public Prosecutor of Lille already announced an extradition.")]
    [InlineData("Major blow to Albanian drug trafficking network.")]
    [InlineData("The Secretary General said that Allies agreed.")]
    [InlineData("Steadfast Defender was the largest exercise in decades. Last July the partners met.")]
    [InlineData("The fund supports Eastern Partnership countries. New Zealand has joined the programme.")]
    [InlineData("Officers searched the port, Rotterdam Europoort, and the depot.")]
    [InlineData("The operation was supported by Guardia Civil and Policia Judiciaria.")]
    [InlineData("Visitors to Santa Cruz, which hosts the port, were warned.")]
    [InlineData("The convoy reached Santa Marta, 30 kilometres further on.")]
    public void CapitalisedPhrasesAreNoPeople(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("Minister for Digital Innovation Tereza Novak opened the forum in Prague.", "Tereza Novak", "Minister for Digital Innovation")]
    [InlineData("The plan was presented by Commissioner for Energy Security Aleksi Mäkinen on Monday.", "Aleksi Mäkinen", "Commissioner for Energy Security")]
    [InlineData("Executive Vice-President for Climate Resilience Ines Duarte welcomed the vote.", "Ines Duarte", "Executive Vice-President for Climate Resilience")]
    [InlineData("Chair of the Committee on Budgetary Control Marta Lind asked for the audit.", "Marta Lind", "Chair of the Committee on Budgetary Control")]
    public void AnOfficesFieldIsPartOfTheOfficeNotOfTheNameAfterIt(string text, string name, string title) =>
        Assert.Equal([new PersonMention(name, title)], People(text));

    [Fact]
    public void ANameAfterAComplementEndsItBeforeAndANextPerson() =>
        Assert.Equal(
            [new PersonMention("Kaia Tamm", "Minister of Justice of Estonia"), new PersonMention("Lucas Meier", "Executive Director")],
            People("Minister of Justice of Estonia Kaia Tamm and Europol Executive Director Lucas Meier signed the roadmap."));

    [Theory]
    [InlineData("“We will not stop,” said the head of the Antwerp port police unit, Marieke de Wit.", "Marieke de Wit")]
    [InlineData("The findings were presented by the leader of the Eurojust coordination team, Andrei Popescu.", "Andrei Popescu")]
    [InlineData("The talks were led by the UNODC Regional Representative for Southern Africa, Thandiwe Mokoena.", "Thandiwe Mokoena")]
    public void ANameInAppositionToARoleWithItsComplementIsAPerson(string text, string name) =>
        Assert.Equal([name], People(text).Select(p => p.Name));

    [Theory]
    [InlineData("The court in Ghent sentenced Dirk Van Hoecke to nine years in prison.", "Dirk Van Hoecke")]
    [InlineData("Officers of the Guardia Civil arrested Sergio Ruiz Calderón in Málaga.", "Sergio Ruiz Calderón")]
    [InlineData("Colombia extradited Hernán Darío Restrepo Cano to the United States.", "Hernán Darío Restrepo Cano")]
    [InlineData("The Council appointed Annika Strand as its new special envoy.", "Annika Strand")]
    public void ANameAfterAVerbWhoseObjectIsAPersonIsAPerson(string text, string name) =>
        Assert.Equal([name], People(text).Select(p => p.Name));

    [Theory]
    [InlineData("Amira Haddad Sleiman, wanted for fraud in three countries, was arrested in Lyon.", "Amira Haddad Sleiman")]
    [InlineData("Piotr Adam Kowal-Wiśniewski, suspected of running the network from Gdańsk, was extradited on Friday.", "Piotr Adam Kowal-Wiśniewski")]
    [InlineData("Lotte Brandsma, who joined the service in 2015, chairs the working group.", "Lotte Brandsma")]
    public void ASubjectWithAClauseInAppositionIsAPerson(string text, string name) =>
        Assert.Equal([name], People(text).Select(p => p.Name));

    [Theory]
    [InlineData("  • Belgium: General Administration of Customs and Excise")]
    [InlineData("Customs seized the cargo. The port authority arrested Dutch nationals later.")]
    public void OfficeFieldsAndNationalitiesAreNoPeople(string text) => Assert.Empty(People(text));
}
