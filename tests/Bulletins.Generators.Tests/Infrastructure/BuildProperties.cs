using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// The MSBuild properties a project makes compiler-visible (<c>build_property.*</c> in the global
/// analyzer config), for tests that run the generator as a particular project would; and the item
/// metadata of each additional file: <c>build_metadata.AdditionalFiles.BulletinsSchema</c> is <c>true</c>
/// for an <see cref="InMemoryAdditionalText"/> marked as a schema, as MSBuild gives it for
/// <c>&lt;AdditionalFiles Include="x.yaml" BulletinsSchema="true" /&gt;</c> under <c>build/Bulletins.props</c>.
/// </summary>
public sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    /// <summary>What the Bulletins library's project sets: it declares Article, so it gets the base record's code.</summary>
    public static BuildProperties Library { get; } = new(new Dictionary<string, string> { ["build_property.BulletinsGenerateBaseRecord"] = "true" });

    /// <summary>A project that sets none of them.</summary>
    public static BuildProperties None { get; } = new(new Dictionary<string, string>());

    public const string SchemaMetadata = "build_metadata.AdditionalFiles.BulletinsSchema";

    private static readonly AnalyzerConfigOptions MarkedSchema = new Options(new Dictionary<string, string> { [SchemaMetadata] = "true" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is InMemoryAdditionalText { IsSchema: true } ? MarkedSchema : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
