using System.CodeDom.Compiler;
using System.Reflection;
using System.Xml.Linq;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Testing;

namespace Bulletins.Generators.Tests;

/// <summary>Generated code names the project's one version, the one Directory.Build.props holds, not a number of its own.</summary>
public class VersionTests
{
    private static string ProjectVersion =>
        XDocument.Load(Fixtures.Repository("Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void Every_generated_code_attribute_carries_the_project_version()
    {
        var sources = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors).Sources.Values;
        var attributes = sources.SelectMany(source => source.Split('\n')).Where(line => line.Contains("CodeDom.Compiler.GeneratedCode(")).ToList();

        Assert.NotEmpty(attributes);
        Assert.All(attributes, line => Assert.Contains($"(\"Bulletins.Generators\", \"{ProjectVersion}\")", line));
    }

    [Fact]
    public void The_built_in_records_carry_the_project_version() =>
        Assert.Equal(ProjectVersion, typeof(NewsRelease).GetCustomAttribute<GeneratedCodeAttribute>()?.Version);
}
