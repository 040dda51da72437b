namespace Bulletins.Reading;

/// <summary>The stable codes of <see cref="BulletinProblem"/>; <c>docs/format.md</c> explains each.</summary>
public static class ProblemCodes
{
    /// <summary>The input holds no text at all (empty, or blank lines only).</summary>
    public const string EmptyInput = "BLT001";

    /// <summary>NUL characters: a binary file (within the first 8 KiB) or a damaged line.</summary>
    public const string BinaryData = "BLT002";

    /// <summary>Bytes that are not valid in the encoding; they were replaced with U+FFFD.</summary>
    public const string InvalidEncoding = "BLT003";

    /// <summary>The input holds text, but no article header anywhere.</summary>
    public const string NoArticle = "BLT004";

    /// <summary>Lines before the first article header.</summary>
    public const string TextBeforeFirstArticle = "BLT005";

    /// <summary>An article header with no body after it (often a file cut off).</summary>
    public const string EmptyBody = "BLT006";

    /// <summary>A line longer than 1 Mi (1 048 576) characters: not bulletin text, left out, never held in memory.</summary>
    public const string LineTooLong = "BLT007";

    /// <summary>
    /// A title-like line directly under a body line that does not end a sentence, then a blank line
    /// and <c>Source:</c>: a missing blank line before a title, or a citation under a paragraph? Read
    /// as body text, as before; the warning names the line.
    /// </summary>
    public const string UnclearSeam = "BLT008";

    /// <summary>
    /// A title line that starts with the end of the previous article's text (<c>package.One of the
    /// key leaders</c>: two bulletins joined without a line end): split at the glue, with a warning.
    /// </summary>
    public const string GluedTitle = "BLT009";

    /// <summary>An article header whose <c>Source:</c> line names no source: read as an article with an empty Source.</summary>
    public const string EmptySource = "BLT010";

    /// <summary>A line that looks like a title but has no <c>Source:</c> line after it (a heuristic): kept in the body.</summary>
    public const string TitleWithoutSource = "BLT011";

    /// <summary>
    /// The errors about lines that stay in an article: the format is broken there, but the reader
    /// kept the text where it most likely belongs. Every other error's lines are in no article.
    /// </summary>
    public static bool KeepsLinesInArticle(string code) => code is EmptySource or TitleWithoutSource or ExtractionFailed;

    /// <summary>Classification or extraction of one article threw: the article is kept with its text and empty fields.</summary>
    public const string ExtractionFailed = "BLT012";

    /// <summary>A paragraph longer than 4 Mi characters: split into paragraphs of at most that size, nothing left out (a warning).</summary>
    public const string ParagraphTooLong = "BLT013";

    /// <summary>An article body longer than 16 Mi characters: it ends there; the lines after it, up to the next article, are left out and named.</summary>
    public const string ArticleTooLong = "BLT014";

    /// <summary>
    /// A <c>Source:</c> line after a title-like line and a blank line whose text is not a source name
    /// (too long, a comma, a final full stop): read as body text (a citation), with a warning, since
    /// it may be a new article whose agency is named at length.
    /// </summary>
    public const string UnreadableSource = "BLT015";

    /// <summary>
    /// A JSON Lines line that is not an article object of a known kind (not JSON, no <c>kind</c>, an unknown
    /// kind, a field of the wrong type), when loading an export back with a problem handler: the line is left
    /// out and named, reading goes on (without a handler it throws <see cref="Json.JsonLinesFormatException"/>).
    /// </summary>
    public const string JsonLinesInvalid = "BLT016";
}
