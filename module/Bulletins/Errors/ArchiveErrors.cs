using System.Management.Automation;
using Bulletins.Archive;
using Bulletins.Codes;

namespace Bulletins.PowerShell.Errors;

/// <summary>The errors of the archive cmdlets, with stable ErrorIds (<see cref="ErrorIds"/>: one per <see cref="ArchiveError"/>, and one for a failed store; meanings in <see cref="CodeRegistry"/>).</summary>
public static class ArchiveErrors
{
    /// <summary>The record for an unusable archive: its ErrorId from <see cref="ArchiveException.Error"/>, the archive as target.</summary>
    public static ErrorRecord From(ArchiveException exception) => exception.Error switch
    {
        ArchiveError.NotFound => new ErrorRecord(exception, ErrorIds.ArchiveNotFound, ErrorCategory.ObjectNotFound, exception.Archive),
        ArchiveError.NotAnArchive => new ErrorRecord(exception, ErrorIds.NotAnArchive, ErrorCategory.InvalidData, exception.Archive),
        ArchiveError.NewerVersion => new ErrorRecord(exception, ErrorIds.ArchiveNewerVersion, ErrorCategory.InvalidData, exception.Archive),
        _ => new ErrorRecord(exception, ErrorIds.ArchiveOtherSchema, ErrorCategory.InvalidData, exception.Archive),
    };

    /// <summary><see cref="ErrorIds.ArchiveFailed"/> (WriteError) for a store that failed mid-way, keeping its exception as the inner one.</summary>
    public static ErrorRecord Failed(string archive, Exception exception) =>
        new(new IOException($"The archive '{archive}' failed: {exception.Message}", exception), ErrorIds.ArchiveFailed, ErrorCategory.WriteError, archive);
}
