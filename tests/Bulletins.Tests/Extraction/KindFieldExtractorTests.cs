using System.Text.RegularExpressions;
using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

/// <summary>The kind-field extractors on short inline articles, one form at a time.</summary>
public class KindFieldExtractorTests
{
    // The schema's own count patterns for arrests and searches, as generated from the YAML (not copies of it).
    private static Regex Arrests => OperationReport.SchemaPatterns.ArrestsNoun;
    private static Regex Arrested => OperationReport.SchemaPatterns.ArrestsVerb;
    private static Regex Searches => OperationReport.SchemaPatterns.SearchesNoun;
    private static Regex Searched => OperationReport.SchemaPatterns.SearchesVerb;

    [Theory]
    [InlineData("The action led to 37 arrests in six countries.", 37)]
    [InlineData("Police made five new arrests on Tuesday.", 5)]
    [InlineData("It resulted in the arrest of six individuals.", 6)]
    [InlineData("Twelve suspects were arrested in Spain.", 12)]
    [InlineData("Police arrested 12 people in Lyon.", 12)]
    [InlineData("Officers detained two hundred and fifty suspects.", 250)]
    [InlineData("Nine were arrested; 4 more arrests followed.", 9)]
    [InlineData("Three men who had rented the warehouse in Ghent were arrested by the Federal Police.", 3)]
    [InlineData("The four crew members, all nationals of Ghana, were detained on board.", 4)]
    [InlineData("The three crew members, two Spanish nationals and a Colombian national, were arrested.", 3)]
    [InlineData("Six suspects that the Guardia Civil had followed for months were arrested in Cádiz.", 6)]
    public void CountsArrests(string text, int expected) =>
        Assert.Equal(expected, CountExtractor.Find(DraftReader.Context("Title", "Europol", text), Arrests, Arrested, ArticleWords.Counting));

    [Theory]
    [InlineData("The suspect was arrested last week.")]
    [InlineData("A 41-year-old man was detained at Schiphol airport on Monday.")]
    [InlineData("Following the searches, the main suspect was detained by the Guardia Civil.")]
    [InlineData("Radu Ionescu Popa, believed to be the network's leader, was arrested in Constanța.")]
    [InlineData("Officers of the NCA arrested a 29-year-old suspect in Leeds.")]
    [InlineData("She has been arrested and remains in custody.")]
    [InlineData("The director of the shipping firm was detained at his home in Gdynia.")]
    [InlineData("In Antwerp, the owner of two car washes was arrested on Thursday.")]
    [InlineData("On the orders of the investigating judge in Liège, the main suspect in the case was arrested on Monday.")]
    [InlineData("Among the targets, Marco Bellini Rossi, 47, was arrested in Genoa.")]
    public void OnePersonArrestedWithoutANumberIsOne(string text) =>
        Assert.Equal(1, CountExtractor.Find(DraftReader.Context("Title", "Europol", text), Arrests, Arrested, ArticleWords.Counting));

    [Fact]
    public void OneArrestBesideAHistoryIsOne() =>
        Assert.Equal(1, CountExtractor.Find(DraftReader.Context("Title", "Eurojust",
            "The main suspect was detained in Lima on 4 May.", "Since the first action day in 2020, more than 700 suspects have been arrested."), Arrests, Arrested, ArticleWords.Counting));

    [Fact]
    public void AHistoryBeforeTheResultDoesNotHideTheResult() =>
        Assert.Equal(14, CountExtractor.Find(DraftReader.Context("Title", "Europol",
            "Since 2021, over 900 suspects have been arrested in the wider investigation.", "On Tuesday, 14 suspects were arrested in Spain and Portugal."), Arrests, Arrested, ArticleWords.Counting));

    [Theory]
    [InlineData("An international arrest warrant was issued.")]
    [InlineData("In 2023 arrests rose across Europe.")]
    [InlineData("The EUR 37 arrest fee and 12 vehicles.")]
    // A total over years is history, not this release's arrests.
    [InlineData("Over 6\u00A0500 suspects have been arrested since 2020.")]
    [InlineData("Between 2019 and 2023, more than 400 people were detained in the investigation.")]
    [InlineData("Over the past five years, 1 200 traffickers were arrested across the region.")]
    [InlineData("No suspect was arrested.")]
    [InlineData("In an earlier phase of the case, 23 suspects were arrested in Italy.")]
    [InlineData("Seven of them had previously been arrested for drug offences.")]
    [InlineData("Since the network's first action day in 2019, more than 800 suspects have been arrested.")]
    [InlineData("Since the joint investigation team was set up in 2022, 45 suspects were detained in four countries.")]
    [InlineData("The first phase of the investigation ended with 14 arrests and the seizure of 30 vehicles.")]
    public void FindsNoArrestCountWhereThereIsNone(string text) =>
        Assert.Null(CountExtractor.Find(DraftReader.Context("Title", "Europol", text), Arrests, Arrested, ArticleWords.Counting));

    [Fact]
    public void TheTitlesCountWins() =>
        Assert.Equal(59, CountExtractor.Find(DraftReader.Context("59 arrests across Europe", "Europol", "Earlier, 12 arrests had been made in Italy."), Arrests, Arrested, ArticleWords.Counting));

    [Theory]
    [InlineData("Officers carried out 61 house searches.", 61)]
    [InlineData("Police searched 7 premises in Rotterdam.", 7)]
    [InlineData("Police raided 14 properties.", 14)]
    public void CountsSearches(string text, int expected) =>
        Assert.Equal(expected, CountExtractor.Find(DraftReader.Context("Title", "Europol", text), Searches, Searched, ArticleWords.Counting));

    [Fact]
    public void ReadsScheduleLinesInTheirFormats()
    {
        var context = DraftReader.Context("Title", "NATO",
            "09:30 (CET) Arrival of the Secretary General\n14.00 – Press conference\n9h30 Doorstep\n2.30 p.m. Visit to the base\n10:00-11:00 CEST: Meeting\n  • 17:45 hrs Departure",
            "The meeting starts at 10:00 in Brussels.");
        Assert.Equal(
            ["09:30|CET|Arrival of the Secretary General", "14:00||Press conference", "09:30||Doorstep", "14:30||Visit to the base", "10:00|CEST|Meeting", "17:45||Departure"],
            ScheduleExtractor.Extract(context).Select(e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
    }

    [Fact]
    public void SplitsGluedHandlesAndSkipsEmailAddresses() =>
        Assert.Equal(["@NATO", "@NATOPress", "@Europol"],
            HandleExtractor.Extract(DraftReader.Context("Title", "NATO", "Follow us on X: @NATO@NATOPress and @Europol. Contact press@hq.nato.int or @nato.")));

    [Fact]
    public void ReadsAuthorityListsInTheirVariants()
    {
        var context = DraftReader.Context("Title", "Europol",
            "Authorities involved:",
            "  • The Netherlands: National Police (Politie, Landelijke Eenheid); Public Prosecution Service\n  - USA: Federal Bureau of Investigation\n  • Europol: European Cybercrime Centre (EC3)",
            "Europol: Further information is available online.");
        var map = AuthorityExtractor.Extract(context);
        Assert.Equal(["Europol", "Netherlands", "United States"], map.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["National Police (Politie, Landelijke Eenheid)", "Public Prosecution Service"], map["Netherlands"]);
        Assert.Equal(["European Cybercrime Centre (EC3)"], map["Europol"]);
    }

    [Theory]
    [InlineData("The investigation was carried out at the request of the Public Prosecutor’s Office of Milan by:")]
    [InlineData("The following judicial and police authorities executed the measures:")]
    [InlineData("The action day was coordinated from Eurojust’s premises, with the participation of:")]
    [InlineData("Requesting and executing authorities:")]
    [InlineData("On the ground, the following took part in the action:")]
    [InlineData("Assistance was provided by the following national services:")]
    [InlineData("Europol supported the investigation in cooperation with:")]
    // A body of the schema's `authorityBodies` list, with no verb of involvement.
    [InlineData("Partner organisations in this case:")]
    public void ReadsAuthorityListsUnderTheIntroWordingsOfJudicialAndPoliceAgencies(string intro)
    {
        var context = DraftReader.Context("Title", "Eurojust",
            "Eleven suspects were arrested on Tuesday.",
            intro + "\n  • Italy: Public Prosecutor’s Office of Milan; Financial Police (Guardia di Finanza)\n  • Romania: Directorate for Investigating Organised Crime and Terrorism (DIICOT)");
        var map = AuthorityExtractor.Extract(context);
        Assert.Equal(["Italy", "Romania"], map.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Public Prosecutor’s Office of Milan", "Financial Police (Guardia di Finanza)"], map["Italy"]);
    }

    [Theory]
    [InlineData("The operation was supported by Europol. The following authorities were involved:", "Hanna Kivi, Head of Finland’s NBI, said: “This case shows what cooperation can do.”")]
    [InlineData("The following took part in the action:", "  • Piotr Nowak, spokesperson of the prosecutor’s office, added: “More arrests may follow.”")]
    public void AQuoteAfterAnIntroIsNotAnAuthority(string intro, string quote)
    {
        var context = DraftReader.Context("Title", "Eurojust", "Four suspects were arrested.", intro, quote);
        Assert.Empty(AuthorityExtractor.Extract(context));
    }

    [Theory]
    [InlineData("The suspects were remanded in custody by a judge in Turin on the following charges:")]
    [InlineData("Ministers agreed on three points:")]
    public void AColonThatIntroducesSomethingElseStartsNoAuthorityList(string intro)
    {
        var context = DraftReader.Context("Title", "Eurojust", intro + "\n  • Fraud: two counts\n  • Money laundering: one count");
        Assert.Empty(AuthorityExtractor.Extract(context));
    }

    [Fact]
    public void ReadsQuantitiesWithTheirGoods()
    {
        var quantities = QuantityExtractor.Extract(DraftReader.Context("Title", "Europol",
            "They seized 5 tonnes of cocaine, 350 kg of heroin in Antwerp and 40\u00A0000 litres of fuel."));
        Assert.Equal(["5 tonnes of cocaine|5|tonne", "350 kg of heroin|350|kilogram", "40\u00A0000 litres of fuel|40000|litre"],
            quantities.Select(q => $"{q.Text}|{q.Amount}|{q.Unit}"));
    }

    [Fact]
    public void APressConferenceLabelWithTheOrganisationBeforeTheOfficeNamesASpeaker()
    {
        var context = DraftReader.Context("Press conference by the Executive Director of Frontex", "Frontex",
            "Frontex Spokesperson Marta Ruiz: Good afternoon and welcome.",
            "Executive Director of Frontex Hans Leijtens: Thank you, Marta.",
            "Marta Ruiz: The first question, please.");
        Assert.Equal(["Hans Leijtens", "Marta Ruiz"], SpeakerExtractor.Extract(context).Order(StringComparer.Ordinal));
    }
}
