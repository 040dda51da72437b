using Bulletins.Extraction.Extractors.Dates;
using Bulletins.Extraction.Text;
using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The date grammar's prefilter (<see cref="DateSignal"/>) skips a text only where the grammar would find no date:
/// every article runs the grammar for the bulletin's year, so skipping must never change a date or a year.
/// </summary>
public class DateSignalTests
{
    [Theory]
    [InlineData("Twelve suspects were arrested and 240 vehicles checked.")]
    [InlineData("Call +32 2 123 45 67 or see article 5, paragraph 12.")]
    [InlineData("The market approach was separate from the doctor's decision on 3 counts.")]
    [InlineData("Police seized EUR 6,107.31 and 12 345 tablets.")]
    [InlineData("the summit opened on the twenty second of june")] // the grammar reads a month without digits only by its full capitalised name
    public void SkipsATextWithNeitherAMonthWordNorAFourDigitRun(string text)
    {
        Assert.False(DateSignal.MayHoldDate(text));
        Assert.Empty(DateGrammar.Find(text));
    }

    [Theory]
    [InlineData("Twelve suspects were arrested on 21 May.")]
    [InlineData("Signed on 3 sept. at noon, 14 people.")]
    [InlineData("The Summit in July will decide.")]
    [InlineData("Between 2020 and 2023, suspects were arrested.")]
    [InlineData("The deadline is 2025-03-14.")]
    [InlineData("It ran 1-2 DEC, 40 officers.")]
    [InlineData("Signed on 3 \u017Fept at noon.")] // a long s that an ignore-case comparison takes for `s`
    [InlineData("Signed on 3 Apr\u0131l at noon.")] // a dotless i likewise
    public void KeepsATextThatMayHoldADate(string text) => Assert.True(DateSignal.MayHoldDate(text));

    /// <summary>
    /// On every segment of every committed bulletin (the held-back ones included) and the seed, the grammar with the
    /// signal finds exactly what it found with the prefilter before (a digit or a full month name), date by date.
    /// </summary>
    [Fact]
    public void FindsWhatTheGrammarFoundBeforeOnEveryCommittedBulletin()
    {
        var files = Directory.EnumerateFiles(Fixtures.Project(), "*.txt", SearchOption.AllDirectories).Append(Fixtures.Seed).Order(StringComparer.Ordinal).ToList();
        int segments = 0, skipped = 0, findings = 0;
        var differ = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            foreach (var draft in Bulletin.ReadDrafts(stream, file))
            {
                foreach (var segment in ArticleText.All(draft))
                {
                    var before = PrefilterBefore(segment.Text) ? DateGrammar.Scan(new TokenText(segment.Text)) : [];
                    var now = DateGrammar.Find(segment.Text);
                    if (!before.SequenceEqual(now)) differ.Add($"{file}:{segment.Line}: {before.Count} dates before, {now.Count} now");
                    segments++;
                    findings += now.Count;
                    if (!DateSignal.MayHoldDate(segment.Text)) skipped++;
                }
            }
        }
        Assert.True(segments > 800 && findings > 200, $"only {segments} segments and {findings} dates read");
        Assert.True(skipped > segments / 10, $"the signal skipped only {skipped} of {segments} segments");
        Assert.True(differ.Count == 0, string.Join("\n", differ));
    }

    /// <summary>The grammar's prefilter until session 5: any digit, or a full month name anywhere.</summary>
    private static bool PrefilterBefore(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        || new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" }.Any(m => text.Contains(m, StringComparison.Ordinal));
}
