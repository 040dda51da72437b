using Bulletins.Archive;

namespace Bulletins.Archive.Tests.Stores;

/// <summary>A fresh, empty archive location in one store, and raw SQL for tests that tamper with it.</summary>
public abstract class ArchiveStore : IDisposable
{
    /// <summary>A path or a connection string naming an empty archive; skips the test where the store cannot be had.</summary>
    public abstract string Location { get; }

    public abstract string Name { get; }

    public BulletinArchive Open(ArchiveOptions? options = null) => BulletinArchive.Open(Location, options);

    /// <summary>Runs SQL on the archive directly (to make it look older, newer or foreign).</summary>
    public abstract void Execute(string sql);

    public abstract void Dispose();
}
