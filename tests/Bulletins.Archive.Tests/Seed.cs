using Bulletins.Testing;

namespace Bulletins.Archive.Tests;

/// <summary>The real seed bulletin, read as Import-Bulletin reads it, and small bulletins written here.</summary>
internal static class Seed
{
    public static string Path { get; } = Fixtures.Seed;

    public static IReadOnlyList<Article> Articles { get; } = Bulletin.Read(Path).ToList();

    public static List<Article> Read(string text, string name = "today.txt") => Bulletin.Read(new StringReader(text), name).ToList();

    /// <summary>One release as a bulletin holds it.</summary>
    public static string Release(string title, string source, params string[] paragraphs) =>
        $"{title}\n\nSource: {source}\n\n{string.Join("\n\n", paragraphs)}\n\n";
}
