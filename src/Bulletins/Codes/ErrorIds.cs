namespace Bulletins.Codes;

/// <summary>
/// The ErrorRecord ids the PowerShell module writes (<c>$_.FullyQualifiedErrorId</c> starts with one),
/// and the codes Test-Bulletin gives a file it could not read. Kept in the library, beside the reader's
/// codes, so that <see cref="CodeRegistry"/> lists every code in one place; what each means is there.
/// </summary>
public static class ErrorIds
{
    /// <summary>A path names no file.</summary>
    public const string FileNotFound = nameof(FileNotFound);
    /// <summary>A path names a directory.</summary>
    public const string PathIsDirectory = nameof(PathIsDirectory);
    /// <summary>A path of another provider than FileSystem.</summary>
    public const string NotFileSystemPath = nameof(NotFileSystemPath);
    /// <summary>A binary file.</summary>
    public const string BinaryFile = nameof(BinaryFile);
    /// <summary>A file that could not be read.</summary>
    public const string FileReadFailed = nameof(FileReadFailed);
    /// <summary>Test-Bulletin's code for a file whose reading failed part way.</summary>
    public const string ReadFailed = nameof(ReadFailed);
    /// <summary>An error-severity problem of the reader.</summary>
    public const string BulletinContent = nameof(BulletinContent);
    /// <summary>-NoClobber met an existing file.</summary>
    public const string FileExists = nameof(FileExists);
    /// <summary>The output file could not be written.</summary>
    public const string FileWriteFailed = nameof(FileWriteFailed);
    /// <summary>-Append named a file the pipeline reads.</summary>
    public const string AppendToInput = nameof(AppendToInput);
    /// <summary>An output path matched several files.</summary>
    public const string AmbiguousPath = nameof(AmbiguousPath);
    /// <summary>-Kind names no kind of the schema.</summary>
    public const string UnknownKind = nameof(UnknownKind);
    /// <summary>No format from the output path's extension.</summary>
    public const string UnknownFormat = nameof(UnknownFormat);
    /// <summary>No archive where one was to be read.</summary>
    public const string ArchiveNotFound = nameof(ArchiveNotFound);
    /// <summary>Not an archive.</summary>
    public const string NotAnArchive = nameof(NotAnArchive);
    /// <summary>An archive of a newer Bulletins.</summary>
    public const string ArchiveNewerVersion = nameof(ArchiveNewerVersion);
    /// <summary>An archive of another schema.</summary>
    public const string ArchiveOtherSchema = nameof(ArchiveOtherSchema);
    /// <summary>The archive's store failed.</summary>
    public const string ArchiveFailed = nameof(ArchiveFailed);
}
