using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Engine = System.Management.Automation.PowerShell;

namespace Bulletins.Shell.Hosting;

/// <summary>
/// Runs one script in a fresh runspace with the Bulletins module imported, printing everything
/// through Out-Default (so the module's format views decide what a user sees) and turning the
/// outcome into a process exit code.
/// </summary>
public sealed class ScriptRunner
{
    /// <summary>The exit code when the script ended in a terminating error.</summary>
    public const int TerminatingErrorExitCode = 1;

    private readonly TextHost _host;
    private readonly string _moduleManifest;

    /// <param name="host">Where output and errors go.</param>
    /// <param name="moduleManifest">The module to import; by default Bulletins.psd1 beside this program.</param>
    public ScriptRunner(TextHost host, string? moduleManifest = null)
    {
        _host = host;
        _moduleManifest = moduleManifest ?? Path.Combine(AppContext.BaseDirectory, "Bulletins.psd1");
    }

    private const string LastStatementSucceeded = "BulletinsShellLastStatementSucceeded";

    /// <summary>
    /// Runs <paramref name="script"/> and returns the exit code: the value of <c>exit N</c> if the
    /// script called it; 1 after a script-terminating error (<c>throw</c>, or any error under
    /// <c>$ErrorActionPreference = 'Stop'</c>); with <paramref name="failWhenLastStatementFails"/>
    /// (<c>-Command</c>, as in pwsh) also 1 when the last statement failed (<c>$?</c> false, e.g. a
    /// cmdlet's terminating error such as Export-Bulletin -NoClobber on an existing file); else 0.
    /// Errors are printed to the error writer either way.
    /// </summary>
    public int Run(string script, bool failWhenLastStatementFails = true, CancellationToken cancellation = default)
    {
        if (failWhenLastStatementFails) script += $"\n${{global:{LastStatementSucceeded}}} = $?";
        using var runspace = RunspaceFactory.CreateRunspace(_host, InitialSessionState.CreateDefault2());
        runspace.Open();
        if (!ImportModule(runspace)) return TerminatingErrorExitCode;

        using var shell = Engine.Create(runspace);
        shell.AddScript(script);
        // Out-Default renders output with the format views and error records with the error view,
        // both through the host: the same path an interactive pwsh takes.
        shell.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
        shell.AddCommand("Out-Default");
        using var stop = cancellation.Register(() => shell.BeginStop(null, null));
        try
        {
            shell.Invoke();
        }
        catch (PipelineStoppedException)
        {
            return _host.ExitCode ?? 130;
        }
        catch (RuntimeException terminating)
        {
            PrintError(runspace, terminating.ErrorRecord);
            return TerminatingErrorExitCode;
        }
        if (_host.ExitCode is int exitCode) return exitCode;
        return failWhenLastStatementFails && runspace.SessionStateProxy.GetVariable(LastStatementSucceeded) is false ? TerminatingErrorExitCode : 0;
    }

    /// <summary>
    /// The script that runs a file as <c>pwsh -File</c> does: arguments quoted, a token that looks like a
    /// parameter name kept as one, and the file's own <c>exit N</c> (which only ends the file) passed on
    /// as the process exit code.
    /// </summary>
    public static string ScriptInvocation(string path, IEnumerable<string> arguments)
    {
        var parts = new List<string> { "&", Quote(Path.GetFullPath(path)) };
        foreach (var argument in arguments)
        {
            parts.Add(IsParameterName(argument) ? argument : Quote(argument));
        }
        return "$global:LASTEXITCODE = 0\n" + string.Join(' ', parts) + "\nif ($global:LASTEXITCODE) { exit $global:LASTEXITCODE }";
    }

    private bool ImportModule(Runspace runspace)
    {
        using var import = Engine.Create(runspace);
        import.AddCommand("Import-Module").AddParameter("Name", _moduleManifest).AddParameter("ErrorAction", ActionPreference.Stop);
        try
        {
            import.Invoke();
            return true;
        }
        catch (RuntimeException failed)
        {
            _host.UI.WriteErrorLine($"Bulletins.Shell: cannot import the module from {_moduleManifest}: {failed.Message}");
            return false;
        }
    }

    /// <summary>Prints a terminating error the way Out-Default prints an error stream record: to the error writer.</summary>
    private static void PrintError(Runspace runspace, ErrorRecord error)
    {
        using var print = Engine.Create(runspace);
        // The script may have set $ErrorActionPreference = 'Stop'; printing must not stop again.
        print.AddScript("[CmdletBinding()] param($Record) $ErrorActionPreference = 'Continue'; $PSCmdlet.WriteError($Record)").AddParameter("Record", error);
        print.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
        print.AddCommand("Out-Default");
        print.Invoke();
    }

    private static bool IsParameterName(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || token[1] == '_') &&
        token.Skip(2).All(c => char.IsLetterOrDigit(c) || c is '_' or ':' or '?');

    private static string Quote(string value) => "'" + value.Replace("'", "''") + "'";
}
