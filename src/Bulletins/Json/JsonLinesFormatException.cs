namespace Bulletins.Json;

/// <summary>A JSON Lines line that is not an article object this reader can load: says which file and line, and why.</summary>
public sealed class JsonLinesFormatException : FormatException
{
    /// <summary>An error at <paramref name="file"/>:<paramref name="line"/>.</summary>
    /// <param name="file">The file (or stream name).</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="reason">What is wrong, in a few words.</param>
    /// <param name="inner">The JSON error behind it, if any.</param>
    public JsonLinesFormatException(string file, int line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (or stream name).</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
