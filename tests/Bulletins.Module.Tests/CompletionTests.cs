using System.Management.Automation;
using Bulletins.Module.Tests.Support;
using Engine = System.Management.Automation.PowerShell;

namespace Bulletins.Module.Tests;

/// <summary>Tab completion, as a user's Tab key asks the engine for it.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly ModuleHost _session = new();

    [Fact]
    public void Kind_completes_from_the_schema()
    {
        Assert.Equal(["OperationReport"], Complete("Import-Bulletin -LiteralPath x.txt -Kind Op"));
        Assert.Equal(["MediaAdvisory"], Complete("Search-Bulletin nato -Kind med"));
        Assert.Equal(5, Complete("Get-BulletinSchema ").Count);
    }

    [Fact]
    public void Source_completes_from_the_files_already_on_the_command_line()
    {
        var input = $"Import-Bulletin -LiteralPath '{TestBulletins.Path("harbour.txt")}' -Source ";

        Assert.Equal(["Europol", "NATO"], Complete(input));
        Assert.Equal(["NATO"], Complete(input + "n"));
    }

    [Fact]
    public void Encoding_and_Format_complete_their_values()
    {
        Assert.Contains("utf8BOM", Complete("Import-Bulletin x.txt -Encoding utf8"));
        Assert.Equal(["Csv"], Complete("Export-Bulletin out.csv -Format C"));
    }

    private List<string> Complete(string input)
    {
        using var shell = Engine.Create(_session.Runspace);
        var completion = CommandCompletion.CompleteInput(input, input.Length, null, shell);
        return completion.CompletionMatches.Select(m => m.CompletionText).ToList();
    }

    public void Dispose() => _session.Dispose();
}
