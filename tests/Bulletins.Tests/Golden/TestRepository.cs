namespace Bulletins.Tests.Golden;

/// <summary>The repository the tests run from (the folder with Bulletins.sln above the test binaries), for files tests compare and rewrite in the source tree.</summary>
internal static class TestRepository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bulletins.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"no Bulletins.sln above {AppContext.BaseDirectory}");
    }
}
