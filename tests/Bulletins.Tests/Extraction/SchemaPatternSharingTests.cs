using System.Text.RegularExpressions;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// Building a non-backtracking regex costs megabytes of garbage, so a schema pattern's text is built once per
/// process: a named pattern and the classifier rule or kind field that uses it (<c>{use: programmeLine}</c>) share it.
/// </summary>
public class SchemaPatternSharingTests
{
    [Fact]
    public void ANamedPatternAndTheGeneratedCodeShareOneRegex()
    {
        var named = ArticlePatterns.ProgrammeLine.Regex;
        Assert.Same(named, PatternExtractor.Compile(ArticlePatterns.ProgrammeLine.Text));
    }

    [Fact]
    public void TheSharedRegexRunsAsEverySchemaPatternDoes()
    {
        var regex = PatternExtractor.Compile(@"\bsaid\b");
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, regex.Options);
        Assert.Equal(PatternExtractor.MatchTimeout, regex.MatchTimeout);
        Assert.Same(regex, PatternExtractor.Compile(@"\bsaid\b"));
    }
}
