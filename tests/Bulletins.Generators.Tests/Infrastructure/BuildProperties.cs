using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// The MSBuild properties a project makes compiler-visible (<c>build_property.*</c> in the global
/// analyzer config), for tests that run the generator as a particular project would.
/// </summary>
public sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    /// <summary>What the Bulletins library's project sets: it declares Article, so it gets the base record's code.</summary>
    public static BuildProperties Library { get; } = new(new Dictionary<string, string> { ["build_property.BulletinsGenerateBaseRecord"] = "true" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
