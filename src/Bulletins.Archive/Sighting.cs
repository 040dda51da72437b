namespace Bulletins.Archive;

/// <summary>One time an archived article was seen: the file and title line it stood at, and when it was saved.</summary>
/// <param name="File">The file the article was read from.</param>
/// <param name="Line">1-based line of its title there.</param>
/// <param name="SavedAt">When that save happened (UTC).</param>
public sealed record Sighting(string File, int Line, DateTimeOffset SavedAt);
