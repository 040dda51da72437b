using System.Diagnostics;
using System.Reflection;
using System.Text;
using Bulletins.Testing;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// The packages as a consumer gets them: <c>dotnet pack</c> of src/Bulletins and src/Bulletins.Archive
/// (already built by this test project, in its configuration) into a folder feed, once for every test in
/// <see cref="ConsumerPackageCollection"/>. <see cref="CreateApp"/> makes a console app outside the
/// solution that restores it from there, as a new user's app would.
/// </summary>
public sealed class ConsumerPackage : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bulletins-package-").FullName;

    public ConsumerPackage()
    {
        Feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        foreach (var project in new[] { "Bulletins", "Bulletins.Archive" })
        {
            Run(Fixtures.Repository(), "pack", Fixtures.Repository("src", project, project + ".csproj"),
                "-c", Configuration, "--no-build", "--no-restore", "-o", Feed, "-nologo");
        }
        // Nothing of the repository's build is inherited by the apps made under the root.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
    }

    /// <summary>The package version: the library's own (the one project version, Directory.Build.props).</summary>
    public static string Version { get; } =
        typeof(Article).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The folder feed holding <c>Bulletins.{Version}.nupkg</c> and its symbols package.</summary>
    public string Feed { get; }

    /// <summary>
    /// The App.csproj of a consumer app: an executable for net10.0, nullable, warnings as errors, with one
    /// PackageReference to the packed Bulletins; <paramref name="properties"/> and <paramref name="items"/>
    /// (MSBuild elements) go into its property group and item group as they are.
    /// </summary>
    public static string ProjectFile(string properties = "", string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
        {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Bulletins" Version="{Version}" />
        {items}
          </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// A new app folder with its own nuget.config: the feed first, and a package folder of this fixture's
    /// own (shared by its apps), so that a cached older Bulletins of the same version cannot stand in for the one just packed.
    /// </summary>
    public string CreateApp(string name)
    {
        var app = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return app;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private static string Configuration =>
        typeof(ConsumerPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Runs the SDK; fails with everything it printed unless it exits 0.</summary>
    public static string Run(string directory, params string[] arguments) => RunProcess("dotnet", directory, arguments);

    /// <summary>Runs a program; fails with everything it printed unless it exits 0.</summary>
    public static string RunProcess(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
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
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} in {directory} exited {process.ExitCode}:\n{text}");
        return text;
    }
}

/// <summary>The tests that share one packed package (and so never pack the same project at once).</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerPackageCollection : ICollectionFixture<ConsumerPackage>
{
    public const string Name = "Consumer package";
}
