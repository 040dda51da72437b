using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Bulletins.Shell.Hosting;
using Engine = System.Management.Automation.PowerShell;

namespace Bulletins.Module.Tests.Support;

/// <summary>
/// A PowerShell session with the Bulletins module imported from its built layout (the .psd1 in the
/// test output folder), the way a user's pwsh would import it. Output text and errors are captured
/// by the same text host Bulletins.Shell uses.
/// </summary>
public sealed class ModuleHost : IDisposable
{
    public static string ManifestPath { get; } = Path.Combine(AppContext.BaseDirectory, "Bulletins.psd1");

    public static string SeedPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "000_e349464e1e009bb6.txt");

    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public ModuleHost()
    {
        Host = new TextHost(_output, _errors, width: 120);
        Runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault2());
        Runspace.Open();
        Run("Import-Module -Name $args[0] -ErrorAction Stop", ManifestPath);
    }

    public TextHost Host { get; }

    public Runspace Runspace { get; }

    /// <summary>Everything the format views printed so far.</summary>
    public string OutputText => _output.ToString();

    /// <summary>Runs a script (its arguments are <c>$args</c>) and returns everything it produced.</summary>
    public ScriptResult Run(string script, params object?[] arguments)
    {
        using var shell = Engine.Create(Runspace);
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        var output = shell.Invoke();
        return new ScriptResult(output.Select(o => o?.BaseObject).ToList()!, shell.Streams.Error.ToList(),
            shell.Streams.Warning.Select(w => w.Message).ToList(), shell.Streams.Progress.ToList(), shell.HadErrors);
    }

    /// <summary>Runs a script and returns its output as the engine's PSObjects (for objects built in script, such as help).</summary>
    public List<PSObject> RunForObjects(string script, params object?[] arguments)
    {
        using var shell = Engine.Create(Runspace);
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        return [.. shell.Invoke()];
    }

    /// <summary>Runs a script whose output goes through Out-Default, and returns the text a user would see.</summary>
    public string Render(string script, params object?[] arguments)
    {
        _output.GetStringBuilder().Clear();
        Run($"& {{ {script} }} @args | Out-Default", arguments);
        return _output.ToString();
    }

    /// <summary>
    /// Runs a script and returns the terminating error it stopped with, as <c>catch { $_ }</c> sees it.
    /// A command's terminating error ends its statement, not the script, so it is caught in script;
    /// non-terminating errors are not caught and fail the assertion.
    /// </summary>
    public ErrorRecord RunExpectingFailure(string script, params object?[] arguments)
    {
        var result = Run($"try {{ {script} }} catch {{ $_ }}", arguments);
        return Assert.Single(result.OfType<ErrorRecord>());
    }

    public void Dispose() => Runspace.Dispose();
}

/// <summary>What a script produced on each stream.</summary>
public sealed record ScriptResult(List<object> Output, List<ErrorRecord> Errors, List<string> Warnings, List<ProgressRecord> Progress, bool HadErrors)
{
    public IEnumerable<T> OfType<T>() => Output.OfType<T>();
}
