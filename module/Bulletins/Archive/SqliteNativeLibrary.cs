using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Bulletins.PowerShell.Archive;

/// <summary>
/// Finds SQLite's native library for the platform pwsh runs on. An application finds it through
/// its deps.json; a module is loaded into pwsh, whose deps.json does not list it, so the module
/// looks in its own <c>runtimes/&lt;rid&gt;/native</c> folder (the rid of this process, then its
/// portable fallbacks) when the provider first calls into <c>e_sqlite3</c>.
/// </summary>
public sealed class SqliteNativeLibrary : IModuleAssemblyInitializer
{
    private const string LibraryName = "e_sqlite3";

    /// <summary>Called by pwsh when the module is imported: installs the resolver for SQLite's provider (once per process).</summary>
    public void OnImport()
    {
        var provider = typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly;
        try
        {
            NativeLibrary.SetDllImportResolver(provider, Resolve);
        }
        catch (InvalidOperationException)
        {
            // A resolver is set already: the module was imported before in this process.
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibraryName) return IntPtr.Zero;
        var folder = Path.GetDirectoryName(typeof(SqliteNativeLibrary).Assembly.Location)!;
        foreach (var rid in RuntimeIds())
        {
            var path = Path.Combine(folder, "runtimes", rid, "native", FileName());
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
        }
        return IntPtr.Zero;
    }

    private static IEnumerable<string> RuntimeIds()
    {
        var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        yield return RuntimeInformation.RuntimeIdentifier;
        if (OperatingSystem.IsWindows()) yield return "win-" + arch;
        else if (OperatingSystem.IsMacOS()) { yield return "osx-" + arch; yield return "osx"; }
        else
        {
            bool musl = File.Exists("/lib/ld-musl-" + (arch == "x64" ? "x86_64" : "aarch64") + ".so.1");
            yield return (musl ? "linux-musl-" : "linux-") + arch;
        }
    }

    private static string FileName() =>
        OperatingSystem.IsWindows() ? LibraryName + ".dll" : OperatingSystem.IsMacOS() ? "lib" + LibraryName + ".dylib" : "lib" + LibraryName + ".so";
}
