using System.Text;
using Bulletins.Shell;
using Bulletins.Shell.Hosting;

// Bulletins.Shell: a PowerShell host for machines without pwsh. It imports the Bulletins module that
// sits beside it and runs one script, printing through the module's format views.
var parsed = ShellArguments.Parse(args);
if (parsed.Error is not null)
{
    Console.Error.WriteLine($"Bulletins.Shell: {parsed.Error}");
    Console.Error.WriteLine(ShellArguments.Usage);
    return 2;
}
if (parsed.ShowUsage)
{
    Console.WriteLine(ShellArguments.Usage);
    return 0;
}

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
var errors = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 20
    ? columns
    : Console.IsOutputRedirected ? 120 : Math.Max(Console.WindowWidth, 80);
var host = new TextHost(output, errors, width, showProgress: !Console.IsErrorRedirected, plainText: Console.IsOutputRedirected);

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var script = parsed.Script ?? (parsed.ScriptFile is { } file
    ? ScriptRunner.ScriptInvocation(file, parsed.ScriptArguments)
    : Console.In.ReadToEnd());
// -Command and stdin scripts exit 1 when their last statement failed, as pwsh -Command does; -File
// scripts exit with their own `exit N` (or 1 after a script-terminating error), as pwsh -File does.
return new ScriptRunner(host).Run(script, failWhenLastStatementFails: parsed.ScriptFile is null, cancel.Token);
