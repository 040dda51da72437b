using System.Text;
using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The cheap checks that keep lines away from the authority-intro and schedule-entry regexes may only
/// rule out lines the regex would reject: every line they turn away must fail the regex too.
/// </summary>
public class LinePrefilterTests
{
    private static readonly string[] Intros =
    [
        "The following authorities were involved:",
        "THE FOLLOWING AUTHORITIES WERE INVOLVED:",
        "Authorities involved:",
        "  Participating countries:",
        "involved agencies",
        "The partners that took part in the action   ",
        "Law enforcement agencies which supported this operation: ",
        "Countries participating in the joint action day",
        "The organizations that were active on the day:\t",
        "Partner organisations were, among others, the following:",
        "The following authorıties were involved:", // dotless i: the regex's case folding decides
        "Authorities from " + new string('x', 70) + " were",
    ];

    public static TheoryData<string> IntroLines => new(Intros);

    private static readonly string[] NonIntros =
    [
        "The authorities seized 12 kg of cocaine.",
        "Authorities " + new string('x', 70) + " were involved in many things, " + new string('y', 80),
        "Were the countries ready? " + new string('z', 90),
        "Nothing about anyone here.",
    ];

    public static TheoryData<string> NonIntroLines => new(NonIntros);

    private static SchemaPattern Intro => ArticlePatterns.AuthoritiesIntro;

    [Theory]
    [MemberData(nameof(IntroLines))]
    [MemberData(nameof(NonIntroLines))]
    public void IntroPrefilterPassesEveryLineTheRegexMatches(string line)
    {
        if (Intro.Regex.IsMatch(line)) Assert.True(Intro.MayMatch(line), line);
    }

    [Fact]
    public void TheIntrosAreIntrosAndTheOtherLinesAreNot()
    {
        foreach (var line in Intros.Where(l => !l.Contains('ı'))) Assert.True(Intro.IsMatch(line), line);
        foreach (var line in NonIntros) Assert.False(Intro.IsMatch(line), line);
    }

    [Theory]
    [InlineData("09:30 (CET) Arrival of the Secretary General")]
    [InlineData("  • 14.00 – Press conference")]
    [InlineData("9h30 Doorstep")]
    [InlineData("2.30 p.m. Visit")]
    [InlineData("10:00-11:00 CEST: Meeting")]
    [InlineData("  •  -9:30 Six leaders")]
    [InlineData("١٠:٣٠ Arabic-Indic digits")] // \d is any decimal digit
    public void ScheduleEntriesPassThePrefilter(string line) => Assert.True(ScheduleExtractor.StartsWithClock(line), line);

    [Theory]
    [InlineData("  •  - 9:30 Seven leaders")]
    [InlineData("12 March 2025 meeting")]
    [InlineData("123:45 too many digits")]
    [InlineData("Arrival at 09:30")]
    [InlineData("")]
    public void OtherLinesAreTurnedAway(string line)
    {
        Assert.False(ScheduleExtractor.StartsWithClock(line), line);
        Assert.False(ScheduleExtractor.Entry.IsMatch(line.TrimEnd()), line);
    }

    [Fact]
    public void NoLineOfTheTestBulletinsIsWronglyTurnedAway()
    {
        var folders = new[] { Fixtures.Project("Bulletins"), Fixtures.Project("EndToEnd", "Bulletins"), Fixtures.Project("Reading", "Bulletins"), Fixtures.Shared("seeds") };
        int lines = 0;
        foreach (var folder in folders)
        {
            Assert.True(Directory.Exists(folder), folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
            {
                foreach (var raw in File.ReadLines(file, Encoding.UTF8))
                {
                    lines++;
                    if (Intro.Regex.IsMatch(raw)) Assert.True(Intro.MayMatch(raw), $"{file}: {raw}");
                    if (ScheduleExtractor.Entry.IsMatch(raw.TrimEnd())) Assert.True(ScheduleExtractor.StartsWithClock(raw), $"{file}: {raw}");
                }
            }
        }
        Assert.True(lines > 500, $"only {lines} lines read");
    }
}
