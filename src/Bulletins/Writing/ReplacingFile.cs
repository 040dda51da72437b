namespace Bulletins.Writing;

/// <summary>
/// An output file that never destroys what it replaces: everything is written to a temporary file in
/// the target's folder (same file system, so the rename is atomic), and the target is replaced only
/// by <see cref="Commit"/>. Disposing without a commit (a failure, Ctrl+C, a full disk) deletes the
/// temporary file and leaves the target as it was. Appending copies the target first, so an append
/// that fails half way leaves the old file whole too.
/// </summary>
public sealed class ReplacingFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _committed;
    private bool _disposed;

    private ReplacingFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        TemporaryPath = temporary;
        _stream = stream;
    }

    /// <summary>The file that <see cref="Commit"/> replaces (or creates).</summary>
    public string Target { get; }

    /// <summary>Where the output goes until the commit: a hidden file beside the target.</summary>
    public string TemporaryPath { get; }

    /// <summary>The output; for an append it starts at the end of the target's current content.</summary>
    public Stream Stream => _stream;

    /// <summary>True when appending to a target that already had content.</summary>
    public bool AppendsToContent => _stream.Position > 0;

    /// <summary>Opens the temporary file for <paramref name="target"/>; with <paramref name="append"/> it starts as a copy of the target.</summary>
    public static ReplacingFile Open(string target, bool append)
    {
        ArgumentNullException.ThrowIfNull(target);
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        try
        {
            if (append && File.Exists(full))
            {
                using var existing = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                existing.CopyTo(stream);
            }
            return new ReplacingFile(full, temporary, stream);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Makes the output durable, then puts it in the target's place in one rename.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TemporaryPath, Target, overwrite: true);
        _committed = true;
    }

    /// <summary>Without a commit: deletes the temporary file, the target untouched.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stream.Dispose();
        if (!_committed) File.Delete(TemporaryPath);
    }
}
