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
    private static readonly Regex PackageVersion = new("<PackageReference Include=\"(Bulletins[\\w.]*)\" Version=\"([^\"]+)\"");

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
    public void TheReadmeHasCsharpExamplesToCheck()
    {
        Assert.True(Blocks("README.md").Count >= 2, "README.md's C# section shows the reading and the composition examples");
    }

    /// <summary>
    /// A document must show a version (a user pastes the PackageReference), so the fact is written twice:
    /// this holds every copy to the one Directory.Build.props sets, which the packages are built with.
    /// </summary>
    [Fact]
    public void EveryPackageVersionADocumentShowsIsTheBuiltOne()
    {
        var shown = Documents().Append("generators/Bulletins.Generators/README.md")
            .SelectMany(document => PackageVersion.Matches(File.ReadAllText(Fixtures.Repository(document)))
                .Select(m => (document, package: m.Groups[1].Value, version: m.Groups[2].Value)))
            .ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, mention => Assert.True(mention.version == ConsumerPackage.Version,
            $"{mention.document} shows {mention.package} {mention.version}; the build makes {ConsumerPackage.Version}"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ACsharpExampleBuildsAgainstThePackagesAndRuns(string document, int number)
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
