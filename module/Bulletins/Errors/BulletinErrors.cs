using System.Management.Automation;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Errors;

/// <summary>
/// Every error the module writes, with its stable ErrorId and category, so that scripts can rely on
/// <c>$_.FullyQualifiedErrorId</c> (<c>FileNotFound,Bulletins.PowerShell.Commands.ImportBulletinCommand</c>).
/// </summary>
public static class BulletinErrors
{
    /// <summary>A path names no file (or a wildcard matched none).</summary>
    public const string FileNotFound = nameof(FileNotFound);
    /// <summary>A path names a directory where a file was expected.</summary>
    public const string PathIsDirectory = nameof(PathIsDirectory);
    /// <summary>A path belongs to a provider other than FileSystem (Env:, Variable:, ...).</summary>
    public const string NotFileSystemPath = nameof(NotFileSystemPath);
    /// <summary>A file holds binary data, not text.</summary>
    public const string BinaryFile = nameof(BinaryFile);
    /// <summary>A file could not be read (permissions, I/O).</summary>
    public const string FileReadFailed = nameof(FileReadFailed);
    /// <summary>The reader found input it could not turn into articles (an error-severity problem).</summary>
    public const string BulletinContent = nameof(BulletinContent);
    /// <summary>Export-Bulletin -NoClobber met an existing file.</summary>
    public const string FileExists = nameof(FileExists);
    /// <summary>The output file could not be created or written.</summary>
    public const string FileWriteFailed = nameof(FileWriteFailed);
    /// <summary>Export-Bulletin -Append named a file the same pipeline is reading.</summary>
    public const string AppendToInput = nameof(AppendToInput);
    /// <summary>An output path with wildcards matched more than one file.</summary>
    public const string AmbiguousPath = nameof(AmbiguousPath);
    /// <summary>-Kind names a kind the schema does not have.</summary>
    public const string UnknownKind = nameof(UnknownKind);
    /// <summary>Export-Bulletin without -Format got a path whose extension names no format.</summary>
    public const string UnknownFormat = nameof(UnknownFormat);

    /// <summary><see cref="FileNotFound"/> (ObjectNotFound) for <paramref name="path"/>; <paramref name="wildcard"/> says it was a pattern that matched nothing.</summary>
    public static ErrorRecord NotFound(string path, bool wildcard) => Record(
        new ItemNotFoundException(wildcard
            ? $"No file matches the path '{path}'."
            : $"Cannot find the file '{path}' because it does not exist."),
        FileNotFound, ErrorCategory.ObjectNotFound, path);

    /// <summary><see cref="PathIsDirectory"/> (InvalidArgument), suggesting a wildcard for the files in it.</summary>
    public static ErrorRecord Directory(string path) => Record(
        new IOException($"'{path}' is a directory; give the path of a bulletin file (a wildcard such as '{System.IO.Path.Combine(path, "*.txt")}' reads the files in it)."),
        PathIsDirectory, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="NotFileSystemPath"/> (InvalidArgument) for a path of the <paramref name="provider"/> provider.</summary>
    public static ErrorRecord NotFileSystem(string path, string provider) => Record(
        new ArgumentException($"The path '{path}' belongs to the {provider} provider; bulletins are read from and written to FileSystem paths only."),
        NotFileSystemPath, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="BinaryFile"/> (InvalidData): the file is skipped.</summary>
    public static ErrorRecord Binary(string path) => Record(
        new InvalidDataException($"The file '{path}' holds binary data, not bulletin text; skipped."),
        BinaryFile, ErrorCategory.InvalidData, path);

    /// <summary><see cref="FileReadFailed"/> (PermissionDenied or ReadError, from <paramref name="exception"/>), keeping it as the inner exception.</summary>
    public static ErrorRecord ReadFailed(string path, Exception exception) => Record(
        new IOException($"Cannot read '{path}': {exception.Message}", exception),
        FileReadFailed, exception is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.ReadError, path);

    /// <summary><see cref="BulletinContent"/> (InvalidData) for an error-severity reader problem, which is its target object.</summary>
    public static ErrorRecord Content(BulletinProblem problem) => Record(
        new InvalidDataException($"{problem.File}:{problem.Line}: {problem.Code}: {problem.Message}"),
        BulletinContent, ErrorCategory.InvalidData, problem);

    /// <summary><see cref="FileExists"/> (ResourceExists): -NoClobber met an existing file.</summary>
    public static ErrorRecord Exists(string path) => Record(
        new IOException($"The file '{path}' already exists and -NoClobber was given; use another path, -Append, or drop -NoClobber to overwrite it."),
        FileExists, ErrorCategory.ResourceExists, path);

    /// <summary><see cref="FileWriteFailed"/> (PermissionDenied or WriteError, from <paramref name="exception"/>), keeping it as the inner exception.</summary>
    public static ErrorRecord WriteFailed(string path, Exception exception) => Record(
        new IOException($"Cannot write '{path}': {exception.Message}", exception),
        FileWriteFailed, exception is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, path);

    /// <summary><see cref="AppendToInput"/> (InvalidOperation): -Append named a file this pipeline reads.</summary>
    public static ErrorRecord AppendingToInput(string path) => Record(
        new InvalidOperationException($"Cannot append to '{path}': the same pipeline reads its articles from it (the file would be fed its own articles). Nothing was written; append to another file, or export to a new file and replace the old one."),
        AppendToInput, ErrorCategory.InvalidOperation, path);

    /// <summary><see cref="AmbiguousPath"/> (InvalidArgument): an output path matched <paramref name="count"/> files.</summary>
    public static ErrorRecord Ambiguous(string path, int count) => Record(
        new ArgumentException($"The path '{path}' matches {count} files; an output path must name one file (use -LiteralPath for a name with wildcard characters)."),
        AmbiguousPath, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="UnknownKind"/> (InvalidArgument), listing the <paramref name="known"/> kinds.</summary>
    public static ErrorRecord NoSuchKind(string kind, IEnumerable<string> known) => Record(
        new ArgumentException($"The schema has no kind '{kind}'. Known kinds: {string.Join(", ", known)}."),
        UnknownKind, ErrorCategory.InvalidArgument, kind);

    /// <summary><see cref="UnknownFormat"/> (InvalidArgument), listing the <paramref name="known"/> extensions.</summary>
    public static ErrorRecord NoFormat(string path, IEnumerable<string> known) => Record(
        new ArgumentException($"Cannot tell the output format from the extension of '{path}': give -Format Text, JsonLines or Csv, or use one of the extensions {string.Join(", ", known)}."),
        UnknownFormat, ErrorCategory.InvalidArgument, path);

    private static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target) =>
        new(exception, errorId, category, target);
}
