using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// The item metadata the compiler hands the generator: <c>build_metadata.AdditionalFiles.BulletinsSchema</c>
/// is <c>true</c> for an <see cref="InMemoryAdditionalText"/> marked as a schema, as MSBuild gives it for
/// <c>&lt;AdditionalFiles Include="x.yaml" BulletinsSchema="true" /&gt;</c> under <c>build/Bulletins.props</c>.
/// </summary>
public sealed class SchemaOptions : AnalyzerConfigOptionsProvider
{
    public const string Key = "build_metadata.AdditionalFiles.BulletinsSchema";

    private static readonly AnalyzerConfigOptions Marked = new Options(new Dictionary<string, string> { [Key] = "true" });
    private static readonly AnalyzerConfigOptions Unmarked = new Options(new Dictionary<string, string>());

    public static SchemaOptions Instance { get; } = new();

    public override AnalyzerConfigOptions GlobalOptions => Unmarked;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Unmarked;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is InMemoryAdditionalText { IsSchema: true } ? Marked : Unmarked;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
