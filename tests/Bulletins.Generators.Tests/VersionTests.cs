using System.CodeDom.Compiler;
using System.Reflection;
using System.Xml.Linq;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bulletins.Generators.Tests;

/// <summary>Generated code names the project's one version, the one Directory.Build.props holds, not a number of its own.</summary>
public class VersionTests
{
    private static string ProjectVersion =>
        XDocument.Load(Fixtures.Repository("Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void EveryGeneratedCodeAttributeCarriesTheProjectVersion()
    {
        var sources = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors).Sources.Values;
        var attributes = sources.SelectMany(source => source.Split('\n')).Where(line => line.Contains("CodeDom.Compiler.GeneratedCode(")).ToList();

        Assert.NotEmpty(attributes);
        Assert.All(attributes, line => Assert.Contains($"(\"Bulletins.Generators\", \"{ProjectVersion}\")", line));
    }

    [Fact]
    public void EveryTypeTheGeneratorDeclaresCarriesTheAttribute()
    {
        // Tools (coverage, analyzers, `dotnet format`) skip code marked generated; a type without the mark is linted as the user's.
        var sources = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors).Sources;
        var unmarked = sources
            .SelectMany(source => CSharpSyntaxTree.ParseText(source.Value).GetRoot().DescendantNodes()
                .OfType<BaseTypeDeclarationSyntax>()
                .Where(type => type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
                .Where(type => !type.AttributeLists.SelectMany(list => list.Attributes).Any(a => a.Name.ToString().EndsWith("GeneratedCode", StringComparison.Ordinal)))
                .Select(type => source.Key + ": " + type.Identifier.Text))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(unmarked);
    }

    [Fact]
    public void TheBuiltInRecordsCarryTheProjectVersion() =>
        Assert.Equal(ProjectVersion, typeof(NewsRelease).GetCustomAttribute<GeneratedCodeAttribute>()?.Version);
}
