using System.Reflection;
using Bulletins.Testing;
using PublicApiGenerator;

namespace Bulletins.Module.Tests.Api;

/// <summary>
/// The public API of each shipped assembly (the library, the archive, the module) against its committed
/// baseline in this folder, so that an API change is a visible diff in review. To accept a change,
/// rerun with <c>UPDATE_API=1</c> (<c>UPDATE_API=1 dotnet test tests/Bulletins.Module.Tests --filter PublicApiTests</c>)
/// and commit the rewritten <c>.txt</c>.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Assemblies() => new(
        typeof(Article).Assembly.GetName().Name!,
        typeof(Bulletins.Archive.BulletinArchive).Assembly.GetName().Name!,
        typeof(Bulletins.PowerShell.Commands.ImportBulletinCommand).Assembly.GetName().Name!);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void ThePublicApiIsTheCommittedBaseline(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        // No assembly attributes: the version and commit they carry change without the API changing.
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var baseline = Fixtures.Project("Api", assemblyName + ".txt");

        if (Environment.GetEnvironmentVariable("UPDATE_API") == "1") File.WriteAllText(baseline, api);

        Assert.True(File.Exists(baseline), $"No API baseline {baseline}: rerun with UPDATE_API=1 to write it, review it and commit it.");
        var expected = File.ReadAllText(baseline).ReplaceLineEndings("\n");
        Assert.True(expected == api,
            $"The public API of {assemblyName} differs from {baseline} ({FirstDifference(expected, api)}). " +
            "If the change is meant, rerun with UPDATE_API=1 (UPDATE_API=1 dotnet test tests/Bulletins.Module.Tests --filter PublicApiTests), review the diff and commit it.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (a, b) = (expected.Split('\n'), actual.Split('\n'));
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return $"first at line {i + 1}: the baseline has '{(i < a.Length ? a[i].Trim() : "(end)")}', the assembly '{(i < b.Length ? b[i].Trim() : "(end)")}'";
    }
}
