using Bulletins.Reading;

namespace Bulletins;

/// <summary>Reads bulletins into typed articles.</summary>
public static class Bulletin
{
    /// <summary>Streams the articles of a bulletin file.</summary>
    // PLACEHOLDER: the streaming reader arrives with issue 2.
    public static IEnumerable<Article> Read(string path, BulletinReadOptions? options = null)
    {
        yield break;
    }
}

/// <summary>How to read a bulletin.</summary>
public sealed class BulletinReadOptions
{
    /// <summary>Called for every problem found in the input.</summary>
    public Action<BulletinProblem>? OnProblem { get; init; }
}
