using Bulletins.Testing;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// The package as a new C# user meets it: `dotnet pack` of src/Bulletins into a folder feed, then a
/// console app outside the solution (its own nuget.config, package folder and empty Directory.Build
/// files), a schema of its own opted in beside an appsettings.yaml that is not, one PackageReference,
/// both namespaces imported, built and run by the real SDK. Slow (a restore and two builds): about a minute.
/// </summary>
[Collection(ConsumerPackageCollection.Name)]
public class PackageTests(ConsumerPackage package)
{
    /// <summary>The schema README.md's composition example is written for (<c>Town.Notices</c>).</summary>
    internal const string Schema = """
        namespace: Town.Notices
        kinds:
          - name: Closure
            recognition:
              threshold: 3
              rules:
                - in: title
                  pattern: '(?i)\bclos(ed|ure|es)\b'
                  weight: 3
                  generalises: Closures say so in the title.
            fields:
              - name: days
                type: int?
                extract:
                  pattern: '(?<value>\d+) days'
          - name: Announcement
            fallback: true
        """;

    private const string Program = """
        using Bulletins;
        using Bulletins.Schema;
        using Town.Notices;

        // Both namespaces imported: the own helpers (NoticesSchema) and the built-in ones (ArticleSchema).
        var schemas = new SchemaSet(NoticesSchema.Definition, ArticleSchema.Definition);
        foreach (var article in Bulletin.Read(args[0], new BulletinReadOptions { Factory = schemas.Create }))
        {
            var days = article is Closure closure ? closure.Days?.ToString() ?? "-" : "-";
            System.Console.WriteLine($"{article.Kind}|{days}|{article.Title}");
        }
        """;

    private static readonly string Project = ConsumerPackage.ProjectFile(
        items: """
            <AdditionalFiles Include="notices.yaml" BulletinsSchema="true" />
            <AdditionalFiles Include="appsettings.yaml" />
            """);

    private const string Bulletin = """
        Riverside Library closed for repairs

        Source: Town hall

        The Riverside Library stays shut for 12 days because of flooding.

        Remarks by the Secretary General at the opening of the summit

        Source: NATO

        Good morning, ladies and gentlemen. Thank you for joining us today.

        I am glad to welcome you all. Thank you.

        Summer concert in the park

        Source: Town hall

        Bring a chair and a friend.

        """;

    [Fact]
    public void AFreshAppOutsideTheSolutionRestoresThePackageAndClassifiesWithItsOwnAndTheBuiltInKinds()
    {
        Assert.True(File.Exists(Path.Combine(package.Feed, $"Bulletins.{ConsumerPackage.Version}.nupkg")), "no package in " + package.Feed);
        Assert.True(File.Exists(Path.Combine(package.Feed, $"Bulletins.{ConsumerPackage.Version}.snupkg")), "no symbols package in " + package.Feed);

        var app = package.CreateApp("app");
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(app, "notices.yaml"), Schema);
        File.WriteAllText(Path.Combine(app, "appsettings.yaml"), "Logging:\n  LogLevel:\n    Default: Information\n");
        File.WriteAllText(Path.Combine(app, "town.txt"), Bulletin);

        var build = ConsumerPackage.Run(app, "build", "-c", "Release", "-nologo");
        Assert.DoesNotContain("BLTG", build);
        var output = ConsumerPackage.Run(app, "run", "-c", "Release", "--no-build", "--", Path.Combine(app, "town.txt"));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var speech = BuiltInKind("Remarks by the Secretary General at the opening of the summit", "NATO",
            "Good morning, ladies and gentlemen. Thank you for joining us today.", "I am glad to welcome you all. Thank you.");
        Assert.NotEqual("NewsRelease", speech);
        Assert.Equal(
            ["Closure|12|Riverside Library closed for repairs", $"{speech}|-|Remarks by the Secretary General at the opening of the summit", "Announcement|-|Summer concert in the park"],
            lines);
    }

    /// <summary>What the built-in schema makes of an article, in this process: the app must agree.</summary>
    private static string BuiltInKind(string title, string source, params string[] paragraphs) =>
        ArticleFactory.Create(new ExtractionContext(new Reading.ArticleDraft
        {
            File = "town.txt",
            Line = 1,
            LastLine = 5 + paragraphs.Length,
            Title = title,
            Source = source,
            Paragraphs = paragraphs.Select((text, i) => new Reading.Paragraph(text, 5 + 2 * i)).ToList(),
        }, id: "x")).Kind;
}
