using System.Management.Automation;
using Bulletins.Codes;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Errors;

/// <summary>
/// Every error the module writes, with its stable ErrorId and category, so that scripts can rely on
/// <c>$_.FullyQualifiedErrorId</c> (<c>FileNotFound,Bulletins.PowerShell.Commands.ImportBulletinCommand</c>).
/// The ids are <see cref="ErrorIds"/>; what each means is in <see cref="CodeRegistry"/> (docs/codes.md).
/// </summary>
public static class BulletinErrors
{
    /// <summary><see cref="ErrorIds.FileNotFound"/> (ObjectNotFound) for <paramref name="path"/>; <paramref name="wildcard"/> says it was a pattern that matched nothing.</summary>
    public static ErrorRecord NotFound(string path, bool wildcard) => Record(
        new ItemNotFoundException(wildcard
            ? $"No file matches the path '{path}'."
            : $"Cannot find the file '{path}' because it does not exist."),
        ErrorIds.FileNotFound, ErrorCategory.ObjectNotFound, path);

    /// <summary><see cref="ErrorIds.PathIsDirectory"/> (InvalidArgument), suggesting a wildcard for the files in it.</summary>
    public static ErrorRecord Directory(string path) => Record(
        new IOException($"'{path}' is a directory; give the path of a bulletin file (a wildcard such as '{System.IO.Path.Combine(path, "*.txt")}' reads the files in it)."),
        ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="ErrorIds.NotFileSystemPath"/> (InvalidArgument) for a path of the <paramref name="provider"/> provider.</summary>
    public static ErrorRecord NotFileSystem(string path, string provider) => Record(
        new ArgumentException($"The path '{path}' belongs to the {provider} provider; bulletins are read from and written to FileSystem paths only."),
        ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="ErrorIds.BinaryFile"/> (InvalidData): the file is skipped.</summary>
    public static ErrorRecord Binary(string path) => Record(
        new InvalidDataException($"The file '{path}' holds binary data, not bulletin text; skipped."),
        ErrorIds.BinaryFile, ErrorCategory.InvalidData, path);

    /// <summary><see cref="ErrorIds.FileReadFailed"/> (PermissionDenied or ReadError, from <paramref name="exception"/>), keeping it as the inner exception.</summary>
    public static ErrorRecord ReadFailed(string path, Exception exception) => Record(
        new IOException($"Cannot read '{path}': {exception.Message}", exception),
        ErrorIds.FileReadFailed, exception is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.ReadError, path);

    /// <summary><see cref="ErrorIds.BulletinContent"/> (InvalidData) for an error-severity reader problem, which is its target object.</summary>
    public static ErrorRecord Content(BulletinProblem problem) => Record(
        new InvalidDataException($"{problem.File}:{problem.Line}: {problem.Code}: {problem.Message}"),
        ErrorIds.BulletinContent, ErrorCategory.InvalidData, problem);

    /// <summary><see cref="ErrorIds.FileExists"/> (ResourceExists): -NoClobber met an existing file.</summary>
    public static ErrorRecord Exists(string path) => Record(
        new IOException($"The file '{path}' already exists and -NoClobber was given; use another path, -Append, or drop -NoClobber to overwrite it."),
        ErrorIds.FileExists, ErrorCategory.ResourceExists, path);

    /// <summary><see cref="ErrorIds.FileWriteFailed"/> (PermissionDenied or WriteError, from <paramref name="exception"/>), keeping it as the inner exception.</summary>
    public static ErrorRecord WriteFailed(string path, Exception exception) => Record(
        new IOException($"Cannot write '{path}': {exception.Message}", exception),
        ErrorIds.FileWriteFailed, exception is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, path);

    /// <summary><see cref="ErrorIds.AppendToInput"/> (InvalidOperation): -Append named a file this pipeline reads.</summary>
    public static ErrorRecord AppendingToInput(string path) => Record(
        new InvalidOperationException($"Cannot append to '{path}': the same pipeline reads its articles from it (the file would be fed its own articles). Nothing was written; append to another file, or export to a new file and replace the old one."),
        ErrorIds.AppendToInput, ErrorCategory.InvalidOperation, path);

    /// <summary><see cref="ErrorIds.AmbiguousPath"/> (InvalidArgument): an output path matched <paramref name="count"/> files.</summary>
    public static ErrorRecord Ambiguous(string path, int count) => Record(
        new ArgumentException($"The path '{path}' matches {count} files; an output path must name one file (use -LiteralPath for a name with wildcard characters)."),
        ErrorIds.AmbiguousPath, ErrorCategory.InvalidArgument, path);

    /// <summary><see cref="ErrorIds.UnknownKind"/> (InvalidArgument), listing the <paramref name="known"/> kinds.</summary>
    public static ErrorRecord NoSuchKind(string kind, IEnumerable<string> known) => Record(
        new ArgumentException($"The schema has no kind '{kind}'. Known kinds: {string.Join(", ", known)}."),
        ErrorIds.UnknownKind, ErrorCategory.InvalidArgument, kind);

    /// <summary><see cref="ErrorIds.UnknownFormat"/> (InvalidArgument), listing the <paramref name="known"/> extensions.</summary>
    public static ErrorRecord NoFormat(string path, IEnumerable<string> known) => Record(
        new ArgumentException($"Cannot tell the output format from the extension of '{path}': give -Format Text, JsonLines or Csv, or use one of the extensions {string.Join(", ", known)}."),
        ErrorIds.UnknownFormat, ErrorCategory.InvalidArgument, path);

    private static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target) =>
        new(exception, errorId, category, target);
}
