using System.Text.RegularExpressions;
using Bulletins.Testing;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// Every C# example of README.md and docs/ is a program a user can paste: each <c>```csharp</c> block,
/// as written, is the Program.cs of an app outside the solution that references the packed packages
/// (Bulletins and Bulletins.Archive) and has the <c>Town.Notices</c> schema README's composition example
/// names; it must build with warnings as errors and run (exit 0) in a folder holding the files it names.
/// </summary>
[Collection(ConsumerPackageCollection.Name)]
public class DocumentationExampleTests(ConsumerPackage package)
{
    private static readonly Regex CsharpBlock = new(@"^```csharp\r?\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
    private static readonly Regex TextFileLiteral = new("\"([\\w.-]+\\.txt)\"");

    private static readonly string Project = ConsumerPackage.ProjectFile(
        items: $"""
            <PackageReference Include="Bulletins.Archive" Version="{ConsumerPackage.Version}" />
            <AdditionalFiles Include="notices.yaml" BulletinsSchema="true" />
            """);

    private static IEnumerable<string> Documents() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Fixtures.Repository("docs"), "*.md").Order()
            .Select(path => Path.GetRelativePath(Fixtures.RepositoryRoot, path).Replace('\\', '/')));

    private static List<string> Blocks(string document) =>
        CsharpBlock.Matches(File.ReadAllText(Fixtures.Repository(document))).Select(m => m.Groups[1].Value).ToList();

    public static TheoryData<string, int> Examples()
    {
        var examples = new TheoryData<string, int>();
        foreach (var document in Documents())
        {
            var count = Blocks(document).Count;
            for (var number = 1; number <= count; number++) examples.Add(document, number);
        }
        return examples;
    }

    [Fact]
    public void The_readme_has_csharp_examples_to_check()
    {
        Assert.True(Blocks("README.md").Count >= 2, "README.md's C# section shows the reading and the composition examples");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_csharp_example_builds_against_the_packages_and_runs(string document, int number)
    {
        var code = Blocks(document)[number - 1];
        var app = package.CreateApp($"example-{Path.GetFileNameWithoutExtension(document)}-{number}");
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project);
        File.WriteAllText(Path.Combine(app, "Program.cs"), code);
        File.WriteAllText(Path.Combine(app, "notices.yaml"), PackageTests.Schema);
        // The bulletins the example reads: the seed, under each name it gives.
        foreach (var name in TextFileLiteral.Matches(code).Select(m => m.Groups[1].Value).Distinct())
            File.Copy(Fixtures.Seed, Path.Combine(app, name));

        ConsumerPackage.Run(app, "build", "-c", "Release", "-nologo");
        ConsumerPackage.Run(app, "run", "-c", "Release", "--no-build");
    }
}
