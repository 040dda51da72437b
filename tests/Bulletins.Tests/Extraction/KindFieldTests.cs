using Bulletins.Testing;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The kind fields, end to end: the library's reader, the generated classifier and factory, and the
/// extractors the schema names, on the test bulletins (articles picked by position, not by title).
/// </summary>
public class KindFieldTests
{
    private static List<Article> Read(string name) => Bulletin.Read(DraftReader.PathOf(name)).ToList();

    /// <summary>The one article whose title starts with <paramref name="titleStart"/>: by what it is, not where it stands.</summary>
    private static T Titled<T>(IEnumerable<T> articles, string titleStart) where T : Article =>
        Assert.Single(articles, a => a.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public void OperationReportsCountArrestsSearchesAndNameTheOperation()
    {
        var reports = Read("operation-reports.txt").Cast<OperationReport>().ToList();
        Assert.Equal([43, 6, 12, 5], reports.Select(r => r.Arrests));
        Assert.Equal([61, 19, null, 7], reports.Select(r => r.Searches));
        Assert.Equal([null, 2300, null, null], reports.Select(r => r.Victims));
        Assert.Equal("Operation Harbour Lights", Titled(reports, "Operation Harbour Lights").Operation);
        Assert.Null(Titled(reports, "Eurojust helps Czech").Operation);
    }

    [Theory]
    [InlineData("The action, codenamed Operation Trivium VI, targeted the network's couriers.", "Operation Trivium VI")]
    [InlineData("Operation Red Falcon II followed an investigation opened in 2023.", "Operation Red Falcon II")]
    [InlineData("Officers in Operation Nightfall 3 searched 12 premises.", "Operation Nightfall 3")]
    [InlineData("Operation Atlas ended in Madrid, where Investigators met.", "Operation Atlas")]
    [InlineData("Since Operation Kestrel, Italy has joined the network.", "Operation Kestrel")]
    public void AnOperationNameKeepsTheNumeralOfItsSeries(string sentence, string operation)
    {
        var text = $"Police arrest 12 suspects\n\nSource: Europol\n\n{sentence} Twelve suspects were arrested.\n";
        var report = Assert.IsType<OperationReport>(Assert.Single(Bulletin.Read(new StringReader(text), "ops.txt")));
        Assert.Equal(operation, report.Operation);
    }

    [Fact]
    public void OperationReportsListTheAuthoritiesByCountry()
    {
        var reports = Read("operation-reports.txt").Cast<OperationReport>().ToList();
        var first = Titled(reports, "Operation Harbour Lights").Authorities;
        Assert.Equal(["Belgium", "Netherlands", "Spain"], first.Keys.Order());
        Assert.Equal(["National Police (Policía Nacional)", "Guardia Civil", "Customs Surveillance Service (Vigilancia Aduanera)"], first["Spain"]);
        Assert.Equal(["Special Prosecutor’s Office", "National Crime Agency"], Titled(reports, "Eurojust helps Czech").Authorities["Slovakia"]);
        Assert.Empty(Titled(reports, "Twelve arrested").Authorities);
    }

    [Fact]
    public void OperationReportsListQuantitiesOfGoods()
    {
        var reports = Read("operation-reports.txt").Cast<OperationReport>().ToList();
        Assert.Equal(["4.2 tonnes of cocaine|4.2|tonne", "18 tonnes of cocaine|18|tonne"],
            Titled(reports, "Operation Harbour Lights").Quantities.Select(q => $"{q.Text}|{q.Amount}|{q.Unit}"));
        Assert.Equal("35 kg of cannabis|35|kilogram", Assert.Single(Titled(reports, "Twelve arrested").Quantities) is var q ? $"{q.Text}|{q.Amount}|{q.Unit}" : "");
        Assert.Equal(2500m, Assert.Single(Titled(reports, "Record seizure").Quantities).Amount);
    }

    [Fact]
    public void MediaAdvisoriesReadTheirProgrammeHandlesAndPressArrangements()
    {
        var advisories = Read("media-advisories.txt").Cast<MediaAdvisory>().ToList();
        Assert.Equal(
            ["09:30|EEST|Arrival of the NATO Secretary General at the Presidential Palace", "10:00|EEST|Meeting with the President of Finland",
             "11:15|EEST|Joint press conference", "14:00|CEST|Meeting with the Prime Minister of Sweden, Ulf Kristersson"],
            Titled(advisories, "Secretary General to travel").Schedule.Select(e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
        Assert.Equal(["10:30|CET|Meeting with the Prime Minister", "12:00|CET|Visit to the Krivolak training area"],
            Titled(advisories, "Deputy Secretary General to visit").Schedule.Select(e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
        // A programme that names no zone: the times, each without one (the accreditation's 12:00 CET is not in the programme).
        Assert.Equal(["08:45|", "09:30|", "17:30|"], Titled(advisories, "Media advisory: ministers").Schedule.Select(e => $"{e.Time}|{e.TimeZone}"));
        Assert.Equal(["@NATO", "@NATOPress"], Titled(advisories, "Secretary General to travel").Handles);
        Assert.Equal(["@NATO", "@NATO_DSG"], Titled(advisories, "Deputy Secretary General to visit").Handles);
        Assert.Equal([true, false, true], advisories.Select(a => a.MediaOpportunity));
    }

    [Fact]
    public void APressPointOrAnInvitationToTheMediaIsAMediaOpportunity() =>
        Assert.Equal([true, true], Read("press-points.txt").Cast<MediaAdvisory>().Select(a => a.MediaOpportunity));

    [Fact]
    public void SpeechesNameTheirSpeakers()
    {
        var speeches = Read("speeches.txt").Cast<Speech>().ToList();
        Assert.Equal([["Radmila Shekerinska"], ["Mark Hayes"], ["Sean Clancy"]], speeches.Select(s => s.Speakers.ToArray()));
    }

    [Fact]
    public void OtherStylesOfOperationReport()
    {
        var articles = Read("more-styles.txt");
        var sentence = Assert.IsType<OperationReport>(Titled(articles, "Drug lord sentenced"));
        Assert.Equal(11, sentence.Arrests); // `the arrest of eleven members`
        Assert.Equal("EUR 3.2 million", Assert.Single(sentence.Money).Text);
        var takedown = Assert.IsType<OperationReport>(Titled(articles, "Hundreds of fake online shops"));
        Assert.Equal(21, takedown.Arrests); // `21 were arrested`
        Assert.Equal(33, takedown.Suspects);
        Assert.Equal("from 14 to 18 October 2024", Assert.Single(takedown.Dates).Text);
        var advisory = Assert.IsType<MediaAdvisory>(Titled(articles, "NATO Secretary General will visit"));
        Assert.Equal(["@NATO"], advisory.Handles);
        Assert.True(advisory.MediaOpportunity);
        Assert.Equal("Giuseppe Cavo Dragone", Assert.Single(Titled(articles, "Chiefs of Defence").People).Name);
        Assert.Equal("Giuseppe Cavo Dragone", Assert.Single(Titled(articles, "Chiefs of Defence").Quotes).Speaker);
    }

    [Fact]
    public void TheSeedsKindFields()
    {
        var articles = Bulletin.Read(Fixtures.Seed).ToList();
        var speeches = articles.OfType<Speech>().ToList();
        Assert.Equal(["Jens Stoltenberg", "Jake Sullivan"], Titled(speeches, "Joint press conference").Speakers);
        Assert.Equal(["Mircea Geoană"], Titled(speeches, "Remarks to the troops").Speakers);
        var reports = articles.OfType<OperationReport>().ToList();
        Assert.Equal(59, reports[^1].Arrests);
    }
}
