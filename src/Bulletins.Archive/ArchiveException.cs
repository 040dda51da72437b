namespace Bulletins.Archive;

/// <summary>
/// The archive cannot be used: the file is not an archive, an archive of a newer version, or missing.
/// The message names the archive (its path, or the database for PostgreSQL).
/// </summary>
public sealed class ArchiveException : Exception
{
    /// <summary>An archive that cannot be used, for the reason <paramref name="error"/> gives.</summary>
    /// <param name="error">What is wrong, as a stable code.</param>
    /// <param name="archive">The archive's path, or its database and host.</param>
    /// <param name="message">What is wrong, naming the archive.</param>
    /// <param name="inner">The database's own error, when one caused this.</param>
    public ArchiveException(ArchiveError error, string archive, string message, Exception? inner = null)
        : base(message, inner)
    {
        Error = error;
        Archive = archive;
    }

    /// <summary>What is wrong, as a stable code.</summary>
    public ArchiveError Error { get; }

    /// <summary>The archive's path, or its database and host.</summary>
    public string Archive { get; }
}

/// <summary>Why an archive cannot be opened.</summary>
public enum ArchiveError
{
    /// <summary>No archive exists where one was to be read.</summary>
    NotFound,
    /// <summary>The file or database holds something else.</summary>
    NotAnArchive,
    /// <summary>A later version of Bulletins wrote the archive; this one cannot read it.</summary>
    NewerVersion,
    /// <summary>The archive was written for another schema namespace than the one given.</summary>
    OtherSchema,
}
