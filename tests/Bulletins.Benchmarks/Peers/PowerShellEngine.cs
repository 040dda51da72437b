using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Bulletins.Benchmarks.Peers;

/// <summary>A runspace with the built module imported, as a user's session would have it.</summary>
public sealed class PowerShellEngine : IDisposable
{
    private readonly Runspace _runspace;

    public PowerShellEngine()
    {
        var state = InitialSessionState.CreateDefault2();
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        Invoke($"Import-Module '{Path.Combine(AppContext.BaseDirectory, "Bulletins.psd1")}' -ErrorAction Stop");
    }

    /// <summary>Runs a script and returns its output; throws when the script fails.</summary>
    public IReadOnlyList<PSObject> Invoke(string script, IDictionary<string, object?>? parameters = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters) shell.AddParameter(name, value);
        }
        var output = shell.Invoke();
        if (shell.HadErrors && shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException(shell.Streams.Error[0].ToString());
        }
        return output;
    }

    public void Dispose() => _runspace.Dispose();
}
