using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Bulletins.Generators.Analysis;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// The generator's one parse of a pattern is held to the engine's verdict: it reads every pattern
/// the engine accepts, its tree's refused constructs are the ones the non-backtracking engine
/// refuses, and the prefilter drawn from it never hides a match. Random patterns from the
/// constructs that trip readers up (fixed seed, so a failure repeats), and the cases found so.
/// </summary>
public class PatternParserTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "ab", "x", " ", "#", "\n", "'", "<", ">", "-", ",", "{", "}", "(", ")", "[", "]", "[^", "|", "^", "$", ".",
        "*", "+", "?", "{2}", "{1,}", "{0,2}", "{,3}", "(?:", "(?i)", "(?x)", "(?-x)", "(?i:", "(?x:", "(?#c)", "(?#)", "(?<n>", "(?'n'",
        "(?=", "(?!", "(?<=", "(?>", "(?(", "(?<n-m>", "\\", "\\d", "\\b", "\\G", "\\1", "\\11", "\\0", "\\<n>", "\\<", "\\'", "\\k<n>",
        "\\p{L}", "\\x41", "\\u0062", "\\cA", "\\-", "\\[", "\\]", "\\(", "\\)", "\\#", "\\ ", "-[", "[a-z-[b]]", "[]a]",
    ];

    private const string TextAlphabet = "abx <>'#-,{}[]\n\t\u0001A";

    private static Regex? Engine(string pattern, RegexOptions options = RegexOptions.None)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | options);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Valid patterns only: about a third of the random ones.</summary>
    private static IEnumerable<(string Pattern, Regex Regex)> ValidRandomPatterns(int seed, int tries)
    {
        var random = new Random(seed);
        for (int i = 0; i < tries; i++)
        {
            var pattern = new StringBuilder();
            for (int n = random.Next(1, 9); n > 0; n--) pattern.Append(Pieces[random.Next(Pieces.Length)]);
            var regex = Engine(pattern.ToString());
            if (regex != null) yield return (pattern.ToString(), regex);
        }
    }

    [Fact]
    public void EveryPatternTheEngineAcceptsIsRead()
    {
        var patterns = ValidRandomPatterns(seed: 1201, tries: 20_000).ToList();
        Assert.True(patterns.Count > 2_000, $"only {patterns.Count} valid patterns");
        var unread = patterns.Select(p => (p.Pattern, PatternParser.Parse(p.Pattern).Error)).Where(p => p.Error != null).Take(5).ToList();
        Assert.True(unread.Count == 0, "the engine accepts, the parser cannot read:\n" + string.Join("\n", unread.Select(p => $"{Escape(p.Pattern)}: {p.Error}")));
    }

    /// <summary>
    /// One way: a pattern the engine refuses but the generator let through would fail at run time.
    /// The other way holds for every curated case (DiagnosticTests); randomly it fails only on
    /// degenerate patterns the engine first simplifies away, like an empty lookbehind <c>(?&lt;=)</c>
    /// or an optional <c>\G?</c>, which the generator refuses, clearly.
    /// </summary>
    [Fact]
    public void TheTreeRefusesEverythingTheNonBacktrackingEngineRefuses()
    {
        var disagreements = new List<string>();
        int refusedByEngine = 0;
        foreach (var (pattern, _) in ValidRandomPatterns(seed: 1202, tries: 3_000))
        {
            bool engineRefuses;
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                engineRefuses = false;
            }
            catch (NotSupportedException)
            {
                engineRefuses = true;
            }
            if (engineRefuses) refusedByEngine++;
            var refused = EngineFit.FirstUnsupported(PatternTrees.Parse(pattern));
            if (engineRefuses && refused is null) disagreements.Add($"{Escape(pattern)}: engine {(engineRefuses ? "refuses" : "accepts")}, tree says {refused ?? "fine"}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(5)));
        // Only the patterns the engine refuses can disagree: too few, and the check says nothing.
        Assert.True(refusedByEngine > 20, $"only {refusedByEngine} random patterns were refused by the engine");
    }

    [Fact]
    public void APrefilterDrawnFromTheTreeNeverHidesAMatch()
    {
        var random = new Random(1203);
        int checkedPatterns = 0;
        foreach (var (pattern, regex) in ValidRandomPatterns(seed: 1204, tries: 20_000))
        {
            var tree = PatternTrees.Parse(pattern);
            if (EngineFit.FirstUnsupported(tree) != null) continue;
            var prefilter = RequiredLiterals.Find(tree);
            if (prefilter is null) continue;
            checkedPatterns++;
            var literals = SearchValues.Create(prefilter.Literals.ToArray(), prefilter.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            for (int i = 0; i < 200; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => TextAlphabet[random.Next(TextAlphabet.Length)]));
                if (regex.IsMatch(text)) Assert.True(text.AsSpan().ContainsAny(literals), $"{Escape(pattern)} matches {Escape(text)} but its literals [{string.Join("|", prefilter.Literals)}] are not in it");
            }
        }
        Assert.True(checkedPatterns > 100, $"only {checkedPatterns} patterns had a prefilter");
    }

    /// <summary>Cases the random runs and the engine's documentation showed; each read as the engine reads it.</summary>
    [Theory]
    [InlineData(@"(?<x>a)\<x>", "a named backreference (\\k<...>)")] // `\<name>` is a backreference, not the text "<x>"
    [InlineData(@"(?<x>a)\'x'", "a named backreference (\\k<...>)")]
    [InlineData(@"(?<x>a)\<x", null)] // unclosed: the characters
    [InlineData(@"(a)\11", null)] // one group: an octal escape (a tab)
    [InlineData(@"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "a backreference (\\1)")]
    [InlineData(@"(?x) a # ) comment \1", null)] // free spacing: the comment ends the line
    [InlineData(@"(?x) (a) # comment\n \1", "a backreference (\\1)")]
    [InlineData(@"[-[a]]", null)] // a leading dash is the character, not a subtraction
    [InlineData(@"[^-[]x", null)]
    [InlineData(@"[a\-[b]](?=c)", "a lookahead (?=...)")] // an escaped dash starts no subtraction
    public void ConstructsAreReadAsTheEngineReadsThem(string pattern, string? refused)
    {
        pattern = pattern.Replace("\\n", "\n");
        Assert.NotNull(Engine(pattern));

        Assert.Equal(refused, EngineFit.FirstUnsupported(PatternTrees.Parse(pattern)));
    }

    /// <summary>Why the engine still checks first: these have the shape the parser reads, yet are not valid, and the engine says why.</summary>
    [Theory]
    [InlineData(@"[z-a]", "range in reverse order")]
    [InlineData(@"x{3,2}", "Illegal {x,y}")]
    [InlineData(@"\p{Nope}", "Unknown property")]
    [InlineData(@"(?<x>a)\k<y>", "undefined group name")]
    public void ValidityIsTheEnginesVerdictInItsWords(string pattern, string engineWords)
    {
        Assert.NotNull(PatternParser.Parse(pattern).Tree);

        var error = PatternAnalyzer.Analyze(pattern, withPrefilter: true).SyntaxError;

        Assert.NotNull(error);
        Assert.Contains(engineWords, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GroupsNestedPastTheDepthLimitAreOneNodeTooLargeForTheEngine()
    {
        var deep = new string('(', PatternParser.MaxDepth + 10) + "a" + new string(')', PatternParser.MaxDepth + 10);

        Assert.True(PatternTrees.Size(deep) > EngineFit.SizeLimit);
    }

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t");
}
