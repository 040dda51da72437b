using System.Buffers;
using System.Text.RegularExpressions;
using Bulletins.Generators.Analysis;
using Bulletins.Generators.Model;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Testing;

namespace Bulletins.Generators.Tests;

/// <summary>
/// The classifier's prefilters: a piece of text that holds none of a rule's literals is never given
/// to the regex, so every text the pattern matches must hold one of them.
/// </summary>
public class RequiredLiteralsTests
{
    // As the generated classifier searches: only the window's first characters when the analysis found one.
    private static bool PassesPrefilter(PrefilterModel prefilter, string text) =>
        text.AsSpan(0, Math.Min(text.Length, prefilter.Window ?? int.MaxValue)).ContainsAny(SearchValues.Create(prefilter.Literals.ToArray(), prefilter.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private static Regex Engine(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Every title, source and paragraph of the seed and the library's test bulletins.</summary>
    private static IEnumerable<string> Texts()
    {
        var files = Directory.EnumerateFiles(Fixtures.Repository("tests", "Bulletins.Tests", "Bulletins"), "*.txt")
            .Concat(Directory.EnumerateFiles(Fixtures.Shared("seeds"), "*.txt"));
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            foreach (var draft in Bulletin.ReadDrafts(stream, file))
            {
                yield return draft.Title;
                yield return draft.Source;
                foreach (var paragraph in draft.Paragraphs) yield return paragraph.Text;
            }
        }
    }

    [Fact]
    public void EveryTextABuiltInRuleMatchesPassesItsPrefilter()
    {
        var texts = Texts().ToList();
        Assert.True(texts.Count > 200, $"only {texts.Count} texts found");
        int filtered = 0;
        foreach (var rule in ArticleSchema.Rules)
        {
            var prefilter = RequiredLiterals.Find(PatternTrees.Parse(rule.Pattern));
            if (prefilter is null) continue;
            filtered++;
            var regex = Engine(rule.Pattern);
            foreach (var text in texts.Where(t => regex.IsMatch(t)))
            {
                Assert.True(PassesPrefilter(prefilter, text), $"{rule.Pattern} matches but its literals [{string.Join("|", prefilter.Literals)}] are not in: {text}");
            }
        }
        // The analysis understands nearly every rule; a regression to "no prefilter" would go unnoticed otherwise.
        Assert.True(filtered >= ArticleSchema.Rules.Count - 2, $"only {filtered} of {ArticleSchema.Rules.Count} rules have a prefilter");
    }

    /// <summary>
    /// A pattern whose every match starts the text and has a longest length: the literals are looked for in that
    /// many first characters only (the classifier's opening-paragraph rule need not search the whole paragraph).
    /// </summary>
    [Theory]
    [InlineData(@"(?i)^(good (morning|day)|dear )", 12)]
    [InlineData(@"\A(hello|welcome),? friends", 16)]
    [InlineData(@"(?i)^(so,? )?(please|questions)\b", 13)]
    [InlineData(@"(?i)(^dear|^hello) (all|friends)", 13)]
    [InlineData(@"^(dear )+friends", null)] // unbounded
    [InlineData(@"(?m)^dear friends", null)] // any line's start
    [InlineData(@"^dear friends|hello", null)] // a branch that may match anywhere
    [InlineData(@"\bdear friends", null)]
    public void AMatchAtTheStartBoundsWhereItsLiteralsAreSought(string pattern, int? window)
    {
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(pattern));
        Assert.NotNull(prefilter);
        Assert.Equal(window, prefilter.Window);
    }

    [Theory]
    [InlineData(@"(?i)\b(arrests|detained)\b", "Police made 12 ARRESTS.")]
    [InlineData(@"(?i)keynote (speech|address)", "The \u212AEYNOTE SPEECH began.")] // Kelvin sign: the engine folds it to k
    [InlineData(@"to (visit|travel to)\b", "She is to travel to Oslo")]
    [InlineData(@"\b(I (am|have)|I'm)\b", "I'm here")]
    [InlineData(@"(?m)^[^\n]{1,70}\n[^\n]{1,70}$", "one\ntwo")]
    [InlineData(@"(?i)follow (us )?on (x|twitter)|@[a-z0-9_]{2,}", "write to @nato")]
    [InlineData(@"(?i:\bseiz(ed|ure)\b)|\bOperation[ \u00A0]\p{Lu}", "Operation\u00A0Atlas")]
    [InlineData(@"\b(?<value>(Operation|OPERATION)[ \u00A0]\p{Lu}[\p{L}\d]*)", "Operation Kraken")]
    [InlineData(@"communiqu[eé] (by|of)", "communiqué by")]
    [InlineData(@"(?i)^(good (morning|day)|dear )", "Good morning, and a long opening paragraph that goes on well past the window.")]
    public void AMatchPassesThePrefilter(string pattern, string text)
    {
        Assert.Matches(Engine(pattern), text);
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(pattern));

        Assert.NotNull(prefilter);
        Assert.True(PassesPrefilter(prefilter, text), string.Join("|", prefilter.Literals));
    }

    /// <summary>
    /// A union of branches past the set's bound keeps a prefilter: strings that share a long prefix give way to it,
    /// so the media opportunity pattern can write `opportunit(y|ies)` instead of a word cut short to fit.
    /// </summary>
    [Theory]
    [InlineData("a media opportunity is planned")]
    [InlineData("Journalists who wish to cover the visit")]
    [InlineData("open to the press")]
    [InlineData("MEDIA ARE WELCOME TO join")]
    public void AnAlternationPastTheBoundIsSummarisedNotDropped(string text)
    {
        const string pattern = @"(?i)\b(media|photo|press) opportunit(y|ies)\b|\bopen to (the )?(media|press)\b|\bpool (photo|tv|camera)|\b(media|journalists|press) (wishing|who wish) to (attend|cover)\b|\b(media|journalists) (are|is) (invited|welcome) to\b";
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(pattern));

        Assert.NotNull(prefilter);
        Assert.InRange(prefilter.Literals.Count, 1, 32);
        Assert.Matches(Engine(pattern), text);
        Assert.True(PassesPrefilter(prefilter, text), string.Join("|", prefilter.Literals));
        Assert.False(PassesPrefilter(prefilter, "The ministers met in Brussels on Monday."));
    }

    [Theory]
    [InlineData(@"\\(?i)closed", @"a \CLOSED door")] // an escaped backslash, then a real inline option
    [InlineData(@"\\(?x) c l o s e d", @"a \closed door")] // free spacing after an escaped backslash
    [InlineData(@"(?i)x\\\\(?x) c l o s e d", @"X\\CLOSED")]
    [InlineData(@"(?x) c l o s e d", "closed")]
    [InlineData(@"shut (?x) d o w n", "shut down")]
    [InlineData(@"(?X) c l o s e d", "closed")] // option letters in upper case mean the same
    [InlineData(@"(?I)closed", "CLOSED")]
    [InlineData(@"(?sX) c l o s e d", "closed")]
    public void AnInlineOptionAfterEscapedBackslashesOrInUpperCaseNeverHidesAMatch(string pattern, string text)
    {
        Assert.Matches(Engine(pattern), text);
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(pattern));

        Assert.True(prefilter is null || PassesPrefilter(prefilter, text), prefilter is null ? "" : string.Join("|", prefilter.Literals));
    }

    [Fact]
    public void LiteralsAreTheAlternativesOfTheRequiredGroup()
    {
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(@"(?i)\b(arrests|detained|seized)\b"));

        Assert.NotNull(prefilter);
        Assert.True(prefilter.IgnoreCase);
        Assert.Equal(["arrests", "detained", "seized"], prefilter.Literals);
    }

    [Fact]
    public void ACaseSensitivePatternKeepsItsCase()
    {
        var prefilter = RequiredLiterals.Find(PatternTrees.Parse(@"\b(I'm|I've)\b"));

        Assert.NotNull(prefilter);
        Assert.False(prefilter.IgnoreCase);
        Assert.Equal(["I'm", "I've"], prefilter.Literals);
    }

    [Theory]
    [InlineData(@"\d{1,2}\s*\w+")] // nothing literal
    [InlineData(@"(?i)a|.")] // a branch that can be any character
    [InlineData(@"(?x) police # comment")] // free spacing: not analysed
    [InlineData(@"(?i)(police)?")] // optional
    [InlineData(@"[(]arrest|\k<x>")] // an escape it does not know
    [InlineData(@"ab|cd")] // too short to pay
    public void NoPrefilterWhenNothingSafeAndUsefulIsRequired(string pattern) =>
        Assert.Null(RequiredLiterals.Find(PatternTrees.Parse(pattern)));
}
