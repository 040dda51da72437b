using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Bulletins.Testing;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Writing;
using Xunit.Abstractions;

namespace Bulletins.Generators.Tests;

/// <summary>
/// Native AOT as a consumer meets it: an app outside the solution references the packed package, is
/// published with <c>PublishAot</c> (ILCompiler from the feed, the machine's clang and zlib: .ci/run
/// installs them), and must publish without one trimming or AOT warning (IL2xxx, IL3xxx). The native
/// binary and the JIT build of the same app then read the seed and write every <see cref="BulletinFormat"/>,
/// the async reader's JSON Lines, a JSON Lines round trip and the problems; each file must be the same
/// byte for byte. Slow: the native compile alone is about a minute and a half on an idle 2-core machine.
/// </summary>
[Collection(ConsumerPackageCollection.Name)]
public class AotPublishTests(ConsumerPackage package, ITestOutputHelper log)
{
    private static readonly string Project = ConsumerPackage.ProjectFile(
        properties: """
            <PublishAot>true</PublishAot>
            <!-- Every trimming and AOT warning on its own (not one IL2104 per assembly), and each one fails. -->
            <TrimmerSingleWarn>false</TrimmerSingleWarn>
            """);

    // Every writer through the Stream overload (as a web app writes a response body), both readers, and
    // the JSON Lines reader on the app's own export: everything the library does at run time.
    private const string Program = """
        using Bulletins;
        using Bulletins.Writing;

        var (seed, outputs) = (args[0], args[1]);
        var problems = new List<string>();
        var articles = Bulletin.Read(seed, new BulletinReadOptions { OnProblem = p => problems.Add(p.ToString()) }).ToList();
        foreach (var format in Enum.GetValues<BulletinFormat>())
            Write(format, format.ToString(), articles);
        File.WriteAllLines(Path.Combine(outputs, "problems.txt"), problems);

        var read = new List<Article>();
        await foreach (var article in Bulletin.ReadAsync(seed)) read.Add(article);
        Write(BulletinFormat.JsonLines, "JsonLines.async", read);
        Write(BulletinFormat.JsonLines, "JsonLines.roundtrip", Bulletin.ReadJsonLines(Path.Combine(outputs, nameof(BulletinFormat.JsonLines))));
        Console.WriteLine($"{articles.Count} articles, {problems.Count} problems");

        void Write(BulletinFormat format, string name, IEnumerable<Article> items)
        {
            using var writer = ArticleWriter.Create(format, File.Create(Path.Combine(outputs, name)), ownsOutput: true);
            foreach (var article in items) writer.Write(article);
        }
        """;

    [Fact]
    public void ANativeAotPublishHasNoTrimOrAotWarningsAndWritesEveryFormatAsTheJitBuildDoes()
    {
        Assert.True(OnPath("clang"), "Native AOT links with clang (and zlib): apt-get install clang zlib1g-dev, as .ci/run does.");
        var app = package.CreateApp("aot");
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

        var rid = RuntimeInformation.RuntimeIdentifier;
        var clock = Stopwatch.StartNew();
        var publish = ConsumerPackage.Run(app, "publish", "-c", "Release", "-r", rid, "-nologo");
        log.WriteLine($"restore, build and native AOT publish: {clock.Elapsed.TotalSeconds:F0} s");
        var warnings = Regex.Matches(publish, @"\b(?:warning|error) IL[23]\d{3}\b.*").Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, "trimming/AOT warnings:\n" + string.Join('\n', warnings));

        var build = Path.Combine(app, "bin", "Release", "net10.0", rid);
        var native = Path.Combine(build, "publish", "App");
        Assert.True(File.Exists(native), "no native binary at " + native);
        var jitOutputs = Directory.CreateDirectory(Path.Combine(app, "out-jit")).FullName;
        var aotOutputs = Directory.CreateDirectory(Path.Combine(app, "out-aot")).FullName;
        var jitSummary = ConsumerPackage.Run(app, Path.Combine(build, "App.dll"), Fixtures.Seed, jitOutputs);
        var aotSummary = ConsumerPackage.RunProcess(native, app, Fixtures.Seed, aotOutputs);

        Assert.Equal(jitSummary, aotSummary);
        var names = Directory.GetFiles(jitOutputs).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(
            Enum.GetNames<BulletinFormat>().Concat(["JsonLines.async", "JsonLines.roundtrip", "problems.txt"]).Order(),
            names);
        Assert.Equal(names, Directory.GetFiles(aotOutputs).Select(Path.GetFileName).Order());
        Assert.NotEqual(0, new FileInfo(Path.Combine(jitOutputs, nameof(BulletinFormat.JsonLines))).Length);
        foreach (var name in names)
        {
            var jit = File.ReadAllBytes(Path.Combine(jitOutputs, name!));
            var aot = File.ReadAllBytes(Path.Combine(aotOutputs, name!));
            Assert.True(jit.AsSpan().SequenceEqual(aot), $"{name}: the native AOT output ({aot.Length} bytes) differs from the JIT one ({jit.Length} bytes)");
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
