using System.Diagnostics;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Pipes (a FIFO, /dev/stdin) cannot seek and have no length: they are read like any file (Unix only, as the CI machines are).</summary>
public sealed class PipeInputTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    /// <summary>A FIFO that a background writer fills with <paramref name="text"/> once a reader opens it.</summary>
    private string Fifo(string text)
    {
        var fifo = _folder.File("bulletin.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo));
        _ = Task.Run(() => File.WriteAllText(fifo, text));
        return fifo;
    }

    [Fact]
    public void Import_Bulletin_reads_a_fifo()
    {
        var fifo = Fifo(File.ReadAllText(TestBulletins.Path("judicial.txt")));

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0] | ForEach-Object Source", fifo);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Output.Count);
    }

    [Fact]
    public void Test_Bulletin_Quiet_answers_true_for_a_valid_fifo()
    {
        var fifo = Fifo(File.ReadAllText(TestBulletins.Path("judicial.txt")));

        var result = _session.Run("Test-Bulletin -LiteralPath $args[0] -Quiet", fifo);

        Assert.Empty(result.Errors);
        Assert.Equal([true], result.Output);
    }

    [Fact]
    public void Test_Bulletin_Quiet_answers_false_for_text_that_is_no_bulletin()
    {
        var fifo = Fifo("just a line\nand another\n");

        var result = _session.Run("Test-Bulletin -LiteralPath $args[0] -Quiet", fifo);

        Assert.Empty(result.Errors);
        Assert.Equal([false], result.Output);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
