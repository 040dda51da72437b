namespace Bulletins.Reading;

/// <summary>
/// The stable codes of <see cref="BulletinProblem"/>, as constants; what each means, its severity and what
/// raises it are in <see cref="Codes.CodeRegistry"/> (<c>docs/codes.md</c>), the reading rule behind each in <c>docs/format.md</c>.
/// </summary>
public static class ProblemCodes
{
    /// <summary>No text at all.</summary>
    public const string EmptyInput = "BLT001";

    /// <summary>NUL characters.</summary>
    public const string BinaryData = "BLT002";

    /// <summary>Bytes invalid in the encoding.</summary>
    public const string InvalidEncoding = "BLT003";

    /// <summary>No article header anywhere.</summary>
    public const string NoArticle = "BLT004";

    /// <summary>Lines before the first article.</summary>
    public const string TextBeforeFirstArticle = "BLT005";

    /// <summary>A header with no body.</summary>
    public const string EmptyBody = "BLT006";

    /// <summary>A line over 1 Mi characters.</summary>
    public const string LineTooLong = "BLT007";

    /// <summary>A title-like line under an unfinished sentence.</summary>
    public const string UnclearSeam = "BLT008";

    /// <summary>A title glued to the previous text.</summary>
    public const string GluedTitle = "BLT009";

    /// <summary>A <c>Source:</c> line naming no source.</summary>
    public const string EmptySource = "BLT010";

    /// <summary>A title-like line without <c>Source:</c>.</summary>
    public const string TitleWithoutSource = "BLT011";

    /// <summary>
    /// The errors about lines that stay in an article: the format is broken there, but the reader
    /// kept the text where it most likely belongs. Every other error's lines are in no article.
    /// </summary>
    public static bool KeepsLinesInArticle(string code) => code is EmptySource or TitleWithoutSource or ExtractionFailed;

    /// <summary>Classification or extraction threw.</summary>
    public const string ExtractionFailed = "BLT012";

    /// <summary>A paragraph over 4 Mi characters.</summary>
    public const string ParagraphTooLong = "BLT013";

    /// <summary>An article body over 16 Mi characters.</summary>
    public const string ArticleTooLong = "BLT014";

    /// <summary>A <c>Source:</c> line that names no source.</summary>
    public const string UnreadableSource = "BLT015";

    /// <summary>A JSON Lines line that is no article.</summary>
    public const string JsonLinesInvalid = "BLT016";
}
