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

    /// <param name="output">Where output goes.</param>
    /// <param name="errors">Where errors, warnings, verbose and debug messages go.</param>
    /// <param name="width">Line width the format views lay tables out for.</param>
    /// <param name="showProgress">Draw progress on the error writer (for a terminal).</param>
    /// <param name="plainText">Strip the ANSI colour sequences the format views emit (for files, pipes and tests).</param>
    public TextHost(TextWriter output, TextWriter errors, int width = 120, bool showProgress = false, bool plainText = true)
    {
        _ui = new TextHostUserInterface(output, errors, width, showProgress, plainText);
    }

    /// <summary>Set when a script runs <c>exit N</c> at its top level.</summary>
    public int? ExitCode { get; private set; }

    public override string Name => "Bulletins.Shell";
    public override Version Version { get; } = typeof(TextHost).Assembly.GetName().Version ?? new Version(0, 1);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;

    /// <summary>The user interface, with the progress records it received.</summary>
    public TextHostUserInterface TextUI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;

    public override void EnterNestedPrompt() => throw new NotSupportedException("Bulletins.Shell has no interactive prompt.");
    public override void ExitNestedPrompt() => throw new NotSupportedException("Bulletins.Shell has no interactive prompt.");
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}
