using Bulletins.Testing;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// The package as a new C# user meets it: `dotnet pack` of src/Bulletins into a folder feed, then a
/// console app outside the solution (its own nuget.config, package folder and empty Directory.Build
/// files), a schema of its own opted in beside an appsettings.yaml that is not, one PackageReference,
/// both namespaces imported, built and run by the real SDK. Slow (a restore and two builds): about a minute.
/// </summary>
public class PackageTests
{
    private const string Version = "0.2.0";

    private const string Schema = """
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

    private const string Project = $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Bulletins" Version="{Version}" />
            <AdditionalFiles Include="notices.yaml" BulletinsSchema="true" />
            <AdditionalFiles Include="appsettings.yaml" />
          </ItemGroup>
        </Project>
        """;

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
        var root = Directory.CreateTempSubdirectory("bulletins-package-").FullName;
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            var library = Fixtures.Repository("src", "Bulletins", "Bulletins.csproj");
            // The test project built the library and its generator in this configuration already.
            Run(Fixtures.Repository(), "pack", library, "-c", Configuration, "--no-build", "--no-restore", "-o", feed, "-nologo");
            Assert.True(File.Exists(Path.Combine(feed, $"Bulletins.{Version}.nupkg")), "no package in " + feed);
            Assert.True(File.Exists(Path.Combine(feed, $"Bulletins.{Version}.snupkg")), "no symbols package in " + feed);

            var app = Directory.CreateDirectory(Path.Combine(root, "app")).FullName;
            // Nothing of the repository's build is inherited, and the package comes from the feed, fresh,
            // into a package folder of this app's own (a cached older Bulletins.0.2.0 cannot stand in for it).
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
                  </config>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), Project);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(app, "notices.yaml"), Schema);
            File.WriteAllText(Path.Combine(app, "appsettings.yaml"), "Logging:\n  LogLevel:\n    Default: Information\n");
            File.WriteAllText(Path.Combine(app, "town.txt"), Bulletin);

            var build = Run(app, "build", "-c", "Release", "-nologo");
            Assert.DoesNotContain("BLTG", build);
            var output = Run(app, "run", "-c", "Release", "--no-build", "--", Path.Combine(app, "town.txt"));

            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var speech = BuiltInKind("Remarks by the Secretary General at the opening of the summit", "NATO",
                "Good morning, ladies and gentlemen. Thank you for joining us today.", "I am glad to welcome you all. Thank you.");
            Assert.NotEqual("NewsRelease", speech);
            Assert.Equal(
                ["Closure|12|Riverside Library closed for repairs", $"{speech}|-|Remarks by the Secretary General at the opening of the summit", "Announcement|-|Summer concert in the park"],
                lines);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
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

    private static string Configuration =>
        typeof(PackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Runs the SDK; fails with everything it printed unless it exits 0.</summary>
    private static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's MSBuild settings would steer the child build into the test's own SDK state.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        var text = output.ToString();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} in {directory} exited {process.ExitCode}:\n{text}");
        return text;
    }
}
