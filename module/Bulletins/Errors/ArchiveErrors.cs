using System.Management.Automation;
using Bulletins.Archive;

namespace Bulletins.PowerShell.Errors;

/// <summary>The errors of the archive cmdlets, with stable ErrorIds (one per <see cref="ArchiveError"/>, and one for a failed save).</summary>
public static class ArchiveErrors
{
    /// <summary>No archive where one was to be read.</summary>
    public const string ArchiveNotFound = nameof(ArchiveNotFound);
    /// <summary>The file or database holds something other than an archive.</summary>
    public const string NotAnArchive = nameof(NotAnArchive);
    /// <summary>A newer Bulletins wrote the archive.</summary>
    public const string ArchiveNewerVersion = nameof(ArchiveNewerVersion);
    /// <summary>The archive holds another schema's articles.</summary>
    public const string ArchiveOtherSchema = nameof(ArchiveOtherSchema);
    /// <summary>The store failed (connection refused, disk full, ...).</summary>
    public const string ArchiveFailed = nameof(ArchiveFailed);

    /// <summary>The record for an unusable archive: its ErrorId from <see cref="ArchiveException.Error"/>, the archive as target.</summary>
    public static ErrorRecord From(ArchiveException exception) => exception.Error switch
    {
        ArchiveError.NotFound => new ErrorRecord(exception, ArchiveNotFound, ErrorCategory.ObjectNotFound, exception.Archive),
        ArchiveError.NotAnArchive => new ErrorRecord(exception, NotAnArchive, ErrorCategory.InvalidData, exception.Archive),
        ArchiveError.NewerVersion => new ErrorRecord(exception, ArchiveNewerVersion, ErrorCategory.InvalidData, exception.Archive),
        _ => new ErrorRecord(exception, ArchiveOtherSchema, ErrorCategory.InvalidData, exception.Archive),
    };

    /// <summary><see cref="ArchiveFailed"/> (WriteError) for a store that failed mid-way, keeping its exception as the inner one.</summary>
    public static ErrorRecord Failed(string archive, Exception exception) =>
        new(new IOException($"The archive '{archive}' failed: {exception.Message}", exception), ArchiveFailed, ErrorCategory.WriteError, archive);
}
