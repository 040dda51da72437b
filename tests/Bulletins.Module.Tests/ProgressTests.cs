using System.Management.Automation;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>
/// Import-Bulletin's progress records, as the engine's progress stream holds them. pwsh draws progress on
/// the console and no redirection captures it, so this is the one place a test can see the records.
/// Everything a user sees of the cmdlets is tested in real pwsh by the Pester suite (tests/Pester).
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public void ALongImportReportsProgressAndCompletesIt()
    {
        var articles = Enumerable.Range(1, 50).Select(i => TestBulletins.Article($"Allies meet for talks number {i}", "NATO", $"Paragraph of meeting {i}."));
        var file = _folder.Write("long.txt", string.Concat(articles));

        // The first article's consumer is slow, so the import takes longer than the half second after which progress shows.
        var result = _session.Run("""
            $first = $true
            Import-Bulletin -LiteralPath $args[0] | ForEach-Object { if ($first) { [System.Threading.Thread]::Sleep(700); $first = $false } }
            """, file);

        Assert.NotEmpty(result.Progress);
        Assert.All(result.Progress, p => Assert.Equal("Import-Bulletin", p.Activity));
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.PercentComplete is > 0 and <= 100);
        Assert.Equal(ProgressRecordType.Completed, result.Progress[^1].RecordType);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
