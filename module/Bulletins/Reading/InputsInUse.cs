using System.Collections.Concurrent;

namespace Bulletins.PowerShell.Reading;

/// <summary>
/// The files the module's readers have open right now (Import-, Test- and Search-Bulletin while they
/// read a file; ConvertFrom-Bulletin while Get-Content feeds it a file's lines), so that
/// Export-Bulletin can refuse to append to a file the same pipeline is still reading: the reader
/// would read what the writer appends, without end.
/// </summary>
internal static class InputsInUse
{
    private static readonly ConcurrentDictionary<string, int> Readers = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Marks <paramref name="path"/> as being read until the returned handle is disposed.</summary>
    public static IDisposable Enter(string path)
    {
        var key = Path.GetFullPath(path);
        Readers.AddOrUpdate(key, 1, static (_, count) => count + 1);
        return new Handle(key);
    }

    /// <summary>True while some reader of the module has <paramref name="path"/> open.</summary>
    public static bool IsBeingRead(string path) => Readers.TryGetValue(Path.GetFullPath(path), out int count) && count > 0;

    private sealed class Handle(string key) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            Readers.AddOrUpdate(key, 0, static (_, count) => count - 1);
            Readers.TryRemove(new KeyValuePair<string, int>(key, 0));
        }
    }
}
