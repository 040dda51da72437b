using System.Globalization;
using System.Management.Automation.Host;

namespace Bulletins.Shell.Hosting;

/// <summary>
/// A PowerShell host that writes to two text writers: output (and everything the format views print)
/// to one, errors to the other. The console program passes stdout and stderr; tests pass string writers
/// to capture exactly what a user would see.
/// </summary>
public sealed class TextHost : PSHost
{
    private readonly TextHostUserInterface _ui;

    public TextHost(TextWriter output, TextWriter errors, int width = 120, bool showProgress = false)
    {
        _ui = new TextHostUserInterface(output, errors, width, showProgress);
    }

    /// <summary>Set when a script runs <c>exit N</c> at its top level.</summary>
    public int? ExitCode { get; private set; }

    public override string Name => "Bulletins.Shell";
    public override Version Version { get; } = typeof(TextHost).Assembly.GetName().Version ?? new Version(0, 1);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;

    public override void EnterNestedPrompt() => throw new NotSupportedException("Bulletins.Shell has no interactive prompt.");
    public override void ExitNestedPrompt() => throw new NotSupportedException("Bulletins.Shell has no interactive prompt.");
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}
