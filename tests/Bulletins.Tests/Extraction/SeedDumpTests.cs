using Bulletins.Tests.Extraction.Support;
using Xunit.Abstractions;

namespace Bulletins.Tests.Extraction;

/// <summary>Prints what the extractors find in each article (run with a detailed logger to read it).</summary>
public class SeedDumpTests(ITestOutputHelper output)
{
    private static readonly System.Text.RegularExpressions.Regex Arrests = new("(?i)arrests?");
    private static readonly System.Text.RegularExpressions.Regex ArrestVerb = new("(?i)arrested|detained|apprehended");
    private static readonly System.Text.RegularExpressions.Regex Suspects = new("(?i)suspects?|suspected (members|criminals|individuals)");
    private static readonly System.Text.RegularExpressions.Regex Searches = new("(?i)(house |property |premises )?searches");
    private static readonly System.Text.RegularExpressions.Regex SearchVerb = new("(?i)searched");
    private static readonly System.Text.RegularExpressions.Regex Victims = new("(?i)victims?");

    [Theory]
    [InlineData("seeds/000_e349464e1e009bb6.txt")]
    [InlineData("operation-reports.txt")]
    [InlineData("speeches.txt")]
    [InlineData("media-advisories.txt")]
    [InlineData("statements.txt")]
    [InlineData("news-releases.txt")]
    public void DumpMentions(string file)
    {
        foreach (var c in DraftReader.Contexts(file))
        {
            output.WriteLine($"== {c.Draft.Line}: {c.Draft.Title} [{c.Draft.Source}]");
            output.WriteLine("  dates: " + string.Join(" | ", c.Dates.Select(d => $"{d.Text}={d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}")));
            output.WriteLine("  money: " + string.Join(" | ", c.Money.Select(m => $"{m.Text}={m.Amount} {m.Currency}")));
            output.WriteLine("  people: " + string.Join(" | ", c.People.Select(p => $"{p.Name} ({p.Title})")));
            output.WriteLine("  countries: " + string.Join(", ", c.Countries));
            foreach (var q in c.Quotes) output.WriteLine($"  quote: [{q.Speaker}] {q.Text[..Math.Min(60, q.Text.Length)]}");
            foreach (var w in c.Warnings) output.WriteLine($"  warning: {w.Code} line {w.Line}: {w.Text}");
            output.WriteLine("  speakers: " + string.Join(" | ", Bulletins.Extraction.SpeakerExtractor.Extract(c)));
            foreach (var e in Bulletins.Extraction.ScheduleExtractor.Extract(c)) output.WriteLine($"  schedule: {e.Time} [{e.TimeZone}] {e.Event}");
            output.WriteLine("  handles: " + string.Join(" ", Bulletins.Extraction.HandleExtractor.Extract(c)));
            foreach (var (k, v) in Bulletins.Extraction.AuthorityExtractor.Extract(c)) output.WriteLine($"  authorities: {k} => {string.Join(" | ", v)}");
            foreach (var q in Bulletins.Extraction.QuantityExtractor.Extract(c)) output.WriteLine($"  quantity: {q.Text} = {q.Amount} {q.Unit}");
            output.WriteLine($"  arrests: {Bulletins.Extraction.CountExtractor.Find(c, Arrests, ArrestVerb)} suspects: {Bulletins.Extraction.CountExtractor.Find(c, Suspects, null)} searches: {Bulletins.Extraction.CountExtractor.Find(c, Searches, SearchVerb)} victims: {Bulletins.Extraction.CountExtractor.Find(c, Victims, null)}");
        }
    }
}
