using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace Bulletins.Shell.Hosting;

/// <summary>
/// The host's text side: Out-Default renders the format views through <see cref="WriteLine(string)"/>
/// and friends; errors, warnings, verbose and debug text go to the error writer, as pwsh does when
/// its streams are redirected. There is no one to prompt, so prompts fail clearly.
/// </summary>
public sealed partial class TextHostUserInterface : PSHostUserInterface
{
    private readonly TextWriter _output;
    private readonly TextWriter _errors;
    private readonly bool _showProgress;
    private readonly TextHostRawUserInterface _raw;
    private readonly bool _plainText;

    public TextHostUserInterface(TextWriter output, TextWriter errors, int width, bool showProgress, bool plainText)
    {
        _plainText = plainText;
        _output = output;
        _errors = errors;
        _showProgress = showProgress;
        _raw = new TextHostRawUserInterface(width);
    }

    /// <summary>Every progress record the engine passed to the host, in order (tests read these).</summary>
    public List<ProgressRecord> Progress { get; } = [];

    public override PSHostRawUserInterface RawUI => _raw;

    public override bool SupportsVirtualTerminal => !_plainText;

    public override void Write(string value) => _output.Write(Plain(value));
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _output.Write(Plain(value));
    public override void WriteLine(string value) => _output.WriteLine(Plain(value));
    public override void WriteErrorLine(string value) => _errors.WriteLine(Plain(value));
    public override void WriteWarningLine(string message) => _errors.WriteLine("WARNING: " + message);
    public override void WriteVerboseLine(string message) => _errors.WriteLine("VERBOSE: " + message);
    public override void WriteDebugLine(string message) => _errors.WriteLine("DEBUG: " + message);
    public override void WriteInformation(InformationRecord record)
    {
        // Write-Host reaches the host here and through Write(); the base class routes it to Write.
    }

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
        Progress.Add(record);
        if (_showProgress && record.RecordType != ProgressRecordType.Completed)
        {
            var percent = record.PercentComplete >= 0 ? $" {record.PercentComplete}%" : "";
            _errors.Write($"\r{record.Activity}: {record.StatusDescription}{percent}".PadRight(_raw.BufferSize.Width - 1));
        }
        else if (_showProgress)
        {
            _errors.Write("\r" + new string(' ', _raw.BufferSize.Width - 1) + "\r");
        }
    }

    public override string ReadLine() => throw NoPrompt();
    public override SecureString ReadLineAsSecureString() => throw NoPrompt();
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw NoPrompt();
    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw NoPrompt();
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NoPrompt();
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NoPrompt();

    // The format views colour table headers with ANSI sequences even when OutputRendering is
    // PlainText (the console host strips them itself), so a plain-text host strips them here.
    private string Plain(string value) => _plainText && value.Contains('\u001b') ? AnsiSequence().Replace(value, "") : value;

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiSequence();

    private static PSInvalidOperationException NoPrompt() =>
        new("Bulletins.Shell cannot prompt: it runs scripts without a user at the keyboard. Pass the value as a parameter (for -Confirm, use -Confirm:$false or -WhatIf).");
}
