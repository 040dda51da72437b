using System.Management.Automation.Runspaces;
using System.Management.Automation;
using Bulletins.Testing;
using Engine = System.Management.Automation.PowerShell;

namespace Bulletins.Module.Tests.Support;

/// <summary>
/// The PowerShell engine hosted in the test process, with the Bulletins module imported from the
/// manifest in the test output folder: for what only C# can see (the engine's streams, the loaded
/// assemblies). What users see is tested in real pwsh by the Pester suite (tests/Pester).
/// </summary>
public sealed class ModuleHost : IDisposable
{
    public static string ManifestPath { get; } = Fixtures.BuildOutput("Bulletins.psd1");

    public ModuleHost()
    {
        Runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        Runspace.Open();
        Run("Import-Module -Name $args[0] -ErrorAction Stop", ManifestPath);
    }

    public Runspace Runspace { get; }

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

    public void Dispose() => Runspace.Dispose();
}

/// <summary>What a script produced on each stream.</summary>
public sealed record ScriptResult(List<object> Output, List<ErrorRecord> Errors, List<string> Warnings, List<ProgressRecord> Progress, bool HadErrors)
{
    public IEnumerable<T> OfType<T>() => Output.OfType<T>();
}
