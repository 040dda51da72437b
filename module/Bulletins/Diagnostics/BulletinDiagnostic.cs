using Bulletins.Codes;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Diagnostics;

/// <summary>
/// One problem Test-Bulletin found: either the reader's (lines that are not an article, bad
/// encoding, a cut-off file) or an article's text-quality warning (glued sentences, damaged words).
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Line">First 1-based line concerned; 0 for the whole file.</param>
/// <param name="EndLine">Last 1-based line concerned.</param>
/// <param name="Code">Stable code (<see cref="CodeRegistry"/>): the reader's (<c>BLT…</c>), the text warning's, or <see cref="ErrorIds.BinaryFile"/> and <see cref="ErrorIds.ReadFailed"/> for a file it could not read.</param>
/// <param name="Severity">Error (input lost or unreadable) or Warning.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Text">The offending text, if any.</param>
/// <param name="ArticleTitle">For a text warning, the title of the article it is in; null for reader problems.</param>
public sealed record BulletinDiagnostic(string File, int Line, int EndLine, string Code, ProblemSeverity Severity, string Message, string? Text, string? ArticleTitle)
{
    /// <summary>A reader problem as a diagnostic (no article title).</summary>
    public static BulletinDiagnostic From(BulletinProblem problem) =>
        new(problem.File, problem.Line, problem.EndLine, problem.Code, problem.Severity, problem.Message, problem.Text, null);

    /// <summary>An article's text-quality warning as a diagnostic, in the article's file and with its title.</summary>
    public static BulletinDiagnostic From(Article article, TextWarning warning) =>
        new(article.File, warning.Line, warning.Line, warning.Code, ProblemSeverity.Warning, warning.Message, warning.Text, article.Title);

    /// <summary>The diagnostic as a compiler prints one: <c>file:line: severity CODE: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
