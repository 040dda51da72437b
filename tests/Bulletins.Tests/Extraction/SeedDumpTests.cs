using Bulletins.Tests.Extraction.Support;
using Xunit.Abstractions;

namespace Bulletins.Tests.Extraction;

/// <summary>Prints what the extractors find in each article (run with a detailed logger to read it).</summary>
public class SeedDumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seeds/000_e349464e1e009bb6.txt")]
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
        }
    }
}
