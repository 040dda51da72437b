using System.Diagnostics;

namespace Bulletins.Benchmarks.Peers;

/// <summary>
/// The project's pinned pwsh (dotnet-tools.json), started as a separate process the way a user starts
/// it, running one of the scripts in Peers/ with the module built next to the benchmarks.
/// </summary>
public static class RealPwsh
{
    /// <summary>The manifest of the module built into the benchmarks' output folder.</summary>
    public static string Manifest { get; } = Path.Combine(AppContext.BaseDirectory, "Bulletins.psd1");

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Peers", name);

    private static readonly Lazy<string> PwshDll = new(Locate);

    /// <summary>Runs a script file with named arguments and returns its output lines; throws with its errors if it fails.</summary>
    public static IReadOnlyList<string> Run(string script, params (string Name, string Value)[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { PwshDll.Value, "-NoLogo", "-NoProfile", "-NonInteractive", "-File", script }) start.ArgumentList.Add(argument);
        foreach (var (name, value) in arguments)
        {
            start.ArgumentList.Add("-" + name);
            start.ArgumentList.Add(value);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pwsh {Path.GetFileName(script)} failed (exit {process.ExitCode}): {errors.Result}{output}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Restores the tool manifest at the repository root and finds the restored pwsh.dll, as pwsh.sh does.</summary>
    private static string Locate()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "dotnet-tools.json"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("no dotnet-tools.json above the benchmarks: run them from the repository");
        Dotnet(root.FullName, "tool", "restore");
        var manifest = File.ReadAllText(Path.Combine(root.FullName, "dotnet-tools.json"));
        var version = System.Text.Json.JsonDocument.Parse(manifest).RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString()!;
        var packages = Dotnet(root.FullName, "nuget", "locals", "global-packages", "--list").Trim();
        packages = packages[(packages.IndexOf(':') + 1)..].Trim();
        var dll = Path.Combine(packages, "powershell", version, "tools", "net10.0", "any", "unix", "pwsh.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"the restored pwsh {version} is not at {dll}");
        return dll;
    }

    private static string Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed (exit {process.ExitCode})");
        return output;
    }
}
