using System.Diagnostics;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Bulletins.Shell run as a process, the way the README uses it.</summary>
public sealed class ShellProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Output_is_the_table_view_and_the_exit_code_is_zero()
    {
        var run = Shell("-Command", $"Import-Bulletin -LiteralPath '{TestBulletins.Path("harbour.txt")}'");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Kind\s+Source\s+Date\s+Line Title", run.Output);
        Assert.Contains("Europol", run.Output);
        Assert.DoesNotContain("\u001b[", run.Output);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public void The_readme_pipeline_exports_json_lines()
    {
        var output = _folder.File("seed.jsonl");

        var run = Shell("-Command", $"Import-Bulletin -LiteralPath '{ModuleHost.SeedPath}' | Export-Bulletin -Format JsonLines -LiteralPath '{output}'");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(10, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void The_readme_pipeline_reads_every_file_variant_it_has_never_seen()
    {
        var text = File.ReadAllText(TestBulletins.Path("judicial.txt"));
        var lf = text.TrimEnd('\n') + "\n";
        var variants = new Dictionary<string, byte[]>
        {
            ["utf8-bom.txt"] = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(lf)],
            ["utf16-bom.txt"] = [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(lf)],
            ["crlf.txt"] = System.Text.Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n")),
            ["cr.txt"] = System.Text.Encoding.UTF8.GetBytes(lf.Replace("\n", "\r")),
            ["no-final-newline.txt"] = System.Text.Encoding.UTF8.GetBytes(lf.TrimEnd('\n')),
            ["odd-blank-lines.txt"] = System.Text.Encoding.UTF8.GetBytes(lf.Replace("\n\nSource: NATO\n\n", "\n \u00a0\nSource: NATO   \n\u00a0\n")),
        };
        var files = variants.Select(v =>
        {
            var file = _folder.File(v.Key);
            File.WriteAllBytes(file, v.Value);
            return $"'{file}'";
        });
        var output = _folder.File("variants.jsonl");

        var run = Shell("-Command", $"Import-Bulletin -LiteralPath {string.Join(", ", files)} | Export-Bulletin -Format JsonLines -LiteralPath '{output}'");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        var sources = File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetString());
        Assert.Equal(Enumerable.Repeat(new[] { "Eurojust", "NATO" }, variants.Count).SelectMany(s => s), sources);
    }

    [Fact]
    public void A_non_terminating_error_goes_to_stderr_and_the_rest_still_runs()
    {
        var run = Shell("-Command", $"Import-Bulletin -LiteralPath '{_folder.File("missing.txt")}'; 'still here'");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cannot find the file", run.Errors);
        Assert.Contains("still here", run.Output);
        Assert.DoesNotContain("Cannot find", run.Output);
    }

    [Fact]
    public void A_terminating_error_exits_with_one()
    {
        var thrown = Shell("-Command", "throw 'the feed is down'");
        var stopped = Shell("-Command", $"$ErrorActionPreference = 'Stop'; Import-Bulletin -LiteralPath '{_folder.File("missing.txt")}'; 'not reached'");

        Assert.Equal(1, thrown.ExitCode);
        Assert.Contains("the feed is down", thrown.Errors);
        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("Cannot find the file", stopped.Errors);
        Assert.DoesNotContain("not reached", stopped.Output);
    }

    [Fact]
    public void A_command_whose_last_statement_fails_exits_with_one_as_pwsh_Command_does()
    {
        var existing = _folder.Write("out.txt", "keep");

        var run = Shell("-Command", $"Import-Bulletin -LiteralPath '{TestBulletins.Path("judicial.txt")}' | Export-Bulletin -LiteralPath '{existing}' -NoClobber");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Errors);
        Assert.Equal("keep", File.ReadAllText(existing));
    }

    [Fact]
    public void Exit_sets_the_exit_code()
    {
        Assert.Equal(3, Shell("-Command", "exit 3").ExitCode);
    }

    [Fact]
    public void A_script_file_gets_its_arguments()
    {
        var script = _folder.Write("count.ps1", "param([string] $File, [string] $Source) (Import-Bulletin -LiteralPath $File -Source $Source | Where-Object { $_ }).Count; exit 4");

        var run = Shell("-File", script, "-File", TestBulletins.Path("judicial.txt"), "-Source", "NATO");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("1", run.Output.Trim());
    }

    [Fact]
    public void Command_dash_reads_the_script_from_stdin()
    {
        var run = Shell(["-Command", "-"], stdin: "Get-BulletinSchema | ForEach-Object { $_.Name } | Where-Object { $_ -eq 'NewsRelease' }");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("NewsRelease", run.Output.Trim());
    }

    private static (int ExitCode, string Output, string Errors) Shell(params string[] arguments) => Shell(arguments, stdin: null);

    private static (int ExitCode, string Output, string Errors) Shell(string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bulletins.Shell.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    public void Dispose() => _folder.Dispose();
}
