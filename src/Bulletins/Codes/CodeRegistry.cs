using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Reading;

namespace Bulletins.Codes;

/// <summary>
/// Every stable code Bulletins reports, in one list: the reader's problems (<see cref="ProblemCodes"/>,
/// <c>BLT…</c>), the text-quality warnings of an article (<see cref="WarningCodes"/>) and the module's
/// ErrorRecord ids and Test-Bulletin codes (<see cref="ErrorIds"/>). The constants give each code its
/// value; this list says once what each means, how severe it is and what raises it, and
/// <c>docs/codes.md</c> documents exactly this list (a test compares them). The source generator's
/// <c>BLTG…</c> diagnostics are compile-time and listed in <c>docs/diagnostics.md</c>.
/// </summary>
public static class CodeRegistry
{
    private const string Reader = "reader (`BulletinProblem`)";
    private const string ArticleWarning = "extraction (an article's `Warnings`)";

    /// <summary>Every code, reader problems first, then text warnings, then the module's ids.</summary>
    public static IReadOnlyList<CodeInfo> All { get; } =
    [
        new(ProblemCodes.EmptyInput, ProblemSeverity.Error, Reader, "The input holds no text at all (empty, or blank lines only)."),
        new(ProblemCodes.BinaryData, ProblemSeverity.Error, Reader, "NUL characters: a binary file (within the first 8 KiB), or a damaged line; the lines are left out."),
        new(ProblemCodes.InvalidEncoding, ProblemSeverity.Warning, Reader, "Bytes that are not valid in the encoding; they were replaced with U+FFFD and the line is kept."),
        new(ProblemCodes.NoArticle, ProblemSeverity.Error, Reader, "The input holds text, but no article header anywhere."),
        new(ProblemCodes.TextBeforeFirstArticle, ProblemSeverity.Error, Reader, "Lines before the first article header."),
        new(ProblemCodes.EmptyBody, ProblemSeverity.Warning, Reader, "An article header with no body after it (often a file cut off)."),
        new(ProblemCodes.LineTooLong, ProblemSeverity.Error, Reader, "A line longer than 1 Mi (1 048 576) characters: not bulletin text, left out, never held in memory."),
        new(ProblemCodes.UnclearSeam, ProblemSeverity.Warning, Reader, "A title-like line directly under a body line that ends no sentence, then a blank line and `Source:`: read as body text (is a blank line missing?)."),
        new(ProblemCodes.GluedTitle, ProblemSeverity.Warning, Reader, "A title line that starts with the end of the previous article's text (two bulletins joined without a line end): split before the title."),
        new(ProblemCodes.EmptySource, ProblemSeverity.Error, Reader, "An article header whose `Source:` line names no source: read as an article with an empty Source."),
        new(ProblemCodes.TitleWithoutSource, ProblemSeverity.Error, Reader, "A line that reads like a title but has no `Source:` line after it (a heuristic): kept in the body."),
        new(ProblemCodes.ExtractionFailed, ProblemSeverity.Error, Reader + "; one field's failure is an article's warning with this code", "Classifying or extracting one article threw: the article is kept with its text and empty fields."),
        new(ProblemCodes.ParagraphTooLong, ProblemSeverity.Warning, Reader, "A paragraph longer than 4 Mi characters: split into paragraphs of at most that size, nothing left out."),
        new(ProblemCodes.ArticleTooLong, ProblemSeverity.Error, Reader, "An article body longer than 16 Mi characters: it ends there; the lines after it, up to the next article, are left out and named."),
        new(ProblemCodes.UnreadableSource, ProblemSeverity.Warning, Reader, "A `Source:` line after a title-like line and a blank line whose text is no source name (too long, a comma, a final full stop): read as body text, a citation."),
        new(ProblemCodes.JsonLinesInvalid, ProblemSeverity.Error, "JSON Lines reader (`BulletinProblem`)", "A JSON Lines line that is not an article object of a known kind, when loading an export back with a problem handler: the line is left out, reading goes on."),

        new(WarningCodes.GluedSentence, ProblemSeverity.Warning, ArticleWarning, "Two sentences or paragraphs glued without a space: `network.The`, `authoritiesThese`."),
        new(WarningCodes.DamagedToken, ProblemSeverity.Warning, ArticleWarning, "A stray run of capitals inside a lower-case word: `focuseXXId`."),
        new(WarningCodes.TruncatedTeaser, ProblemSeverity.Warning, ArticleWarning, "The body is a feed teaser cut off with an ellipsis."),

        new(ErrorIds.FileNotFound, ProblemSeverity.Error, "input and output paths (ErrorRecord id)", "A path names no file, or a wildcard matched none."),
        new(ErrorIds.PathIsDirectory, ProblemSeverity.Error, "input and output paths (ErrorRecord id)", "A path names a directory where a file was expected."),
        new(ErrorIds.NotFileSystemPath, ProblemSeverity.Error, "input and output paths (ErrorRecord id)", "A path belongs to a provider other than FileSystem (`Env:`, `Variable:`, ...)."),
        new(ErrorIds.BinaryFile, ProblemSeverity.Error, "Import-Bulletin, Search-Bulletin (ErrorRecord id); Test-Bulletin (its code)", "A file holds binary data, not text: skipped."),
        new(ErrorIds.FileReadFailed, ProblemSeverity.Error, "Import-Bulletin, Search-Bulletin (ErrorRecord id)", "A file could not be read (permissions, I/O, damaged gzip data)."),
        new(ErrorIds.ReadFailed, ProblemSeverity.Error, "Test-Bulletin (its code)", "A file whose reading failed part way (I/O, damaged gzip data)."),
        new(ErrorIds.BulletinContent, ProblemSeverity.Error, "Import-Bulletin, ConvertFrom-Bulletin, Search-Bulletin (ErrorRecord id)", "The reader found input it could not turn into articles: an error-severity problem, whose `BLT` code the message names."),
        new(ErrorIds.FileExists, ProblemSeverity.Error, "Export-Bulletin (ErrorRecord id)", "-NoClobber met an existing file."),
        new(ErrorIds.FileWriteFailed, ProblemSeverity.Error, "Export-Bulletin (ErrorRecord id)", "The output file could not be created or written."),
        new(ErrorIds.AppendToInput, ProblemSeverity.Error, "Export-Bulletin (ErrorRecord id)", "-Append named a file the same pipeline is reading; nothing was written."),
        new(ErrorIds.AmbiguousPath, ProblemSeverity.Error, "Export-Bulletin (ErrorRecord id)", "An output path with wildcards matched more than one file."),
        new(ErrorIds.UnknownKind, ProblemSeverity.Error, "the cmdlets' -Kind (ErrorRecord id)", "-Kind names a kind the schema does not have."),
        new(ErrorIds.UnknownFormat, ProblemSeverity.Error, "Export-Bulletin (ErrorRecord id)", "No -Format, and the path's extension names no format."),
        new(ErrorIds.ArchiveNotFound, ProblemSeverity.Error, "the archive cmdlets (ErrorRecord id)", "No archive where one was to be read."),
        new(ErrorIds.NotAnArchive, ProblemSeverity.Error, "the archive cmdlets (ErrorRecord id)", "The file or database holds something other than an archive."),
        new(ErrorIds.ArchiveNewerVersion, ProblemSeverity.Error, "the archive cmdlets (ErrorRecord id)", "A newer Bulletins wrote the archive."),
        new(ErrorIds.ArchiveOtherSchema, ProblemSeverity.Error, "the archive cmdlets (ErrorRecord id)", "The archive holds another schema's articles."),
        new(ErrorIds.ArchiveFailed, ProblemSeverity.Error, "the archive cmdlets (ErrorRecord id)", "The store failed (connection refused, disk full, ...)."),
    ];

    private static readonly Dictionary<string, CodeInfo> ByCode = All.ToDictionary(static code => code.Code, StringComparer.Ordinal);

    /// <summary>The entry of <paramref name="code"/>, or null when Bulletins reports no such code.</summary>
    public static CodeInfo? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var info) ? info : null;
}
