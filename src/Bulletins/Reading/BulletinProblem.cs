namespace Bulletins.Reading;

/// <summary>How bad a problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>
    /// The input breaks the format: the lines named are not in any article, or (the header errors
    /// <see cref="ProblemCodes.KeepsLinesInArticle"/> names) an article's header is broken there.
    /// </summary>
    Error,
    /// <summary>Input was read, but something about it is off.</summary>
    Warning,
}

/// <summary>
/// A problem with the input, with where it is. Every non-blank input line that is not in an
/// article is in exactly one problem, so nothing is lost silently.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>BLT004</c>; see <c>docs/format.md</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">The file (or stream name).</param>
/// <param name="Line">First 1-based line concerned (0 when the problem concerns the whole file).</param>
/// <param name="EndLine">Last 1-based line concerned.</param>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="Text">The offending text (first line of it), if any.</param>
public sealed record BulletinProblem(
    string Code,
    ProblemSeverity Severity,
    string File,
    int Line,
    int EndLine,
    string Message,
    string? Text)
{
    /// <summary>The problem as a compiler prints one: <c>file:line: severity CODE: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
