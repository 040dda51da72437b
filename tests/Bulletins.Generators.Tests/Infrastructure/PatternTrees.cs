using Bulletins.Generators.Analysis;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>The generator's one parse of a pattern, for tests that look at what its walks find.</summary>
public static class PatternTrees
{
    /// <summary>The tree of a pattern the parser must be able to read.</summary>
    internal static PatternNode Parse(string pattern)
    {
        var parsed = PatternParser.Parse(pattern);
        Assert.True(parsed.Tree != null, $"the parser could not read '{pattern}': {parsed.Error}");
        return parsed.Tree!;
    }

    internal static long Size(string pattern) => EngineFit.Size(Parse(pattern));
}
