using System.Reflection;

namespace Bulletins.Testing;

/// <summary>
/// The one way every test project finds files (compiled into each, linked from tests/Shared): from
/// the repository root, found once by walking up from the test assembly to the folder that holds
/// Bulletins.sln. Fixtures are read where they are committed, never from copies in bin/; the seed
/// and external data from <c>../shared</c> beside the repository (as .ci/run's fresh clone has it);
/// build outputs (a module manifest, a helper process) from beside the test assembly.
/// </summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The seed bulletin every suite reads.</summary>
    public static string Seed => Shared("seeds", "000_e349464e1e009bb6.txt");

    /// <summary>A path in the repository: <c>Repository("schema", "articles.yaml")</c>.</summary>
    public static string Repository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>A path in this test project's folder, <c>tests/&lt;its assembly name&gt;/</c>.</summary>
    public static string Project(params string[] parts) => Path.Combine([RepositoryRoot, "tests", ProjectName, .. parts]);

    /// <summary>A path in the read-only shared folder beside the repository (seeds, external test data).</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepositoryRoot, "..", "shared", .. parts]));

    /// <summary>A file the build put beside the test assembly (not a fixture: a manifest, a dll).</summary>
    public static string BuildOutput(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    private static string ProjectName => typeof(Fixtures).Assembly.GetName().Name!;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bulletins.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Bulletins.sln) above " + AppContext.BaseDirectory);
    }
}
