using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Export-Bulletin never destroys data: atomic replacement, no append onto its own input, no temporary file left behind.</summary>
public sealed class ExportSafetyTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public void Exporting_onto_the_file_being_imported_replaces_it_with_its_own_articles()
    {
        var file = _folder.Copy("judicial.txt", "a.txt");
        var titles = _session.Run("Import-Bulletin -LiteralPath $args[0] | ForEach-Object Title", file).Output;

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[0]", file);

        Assert.False(result.HadErrors, string.Join("\n", result.Errors));
        Assert.Equal(titles, _session.Run("Import-Bulletin -LiteralPath $args[0] | ForEach-Object Title", file).Output);
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Appending_to_the_file_being_imported_is_refused_before_anything_is_touched()
    {
        var file = _folder.Copy("judicial.txt", "a.txt");
        var before = File.ReadAllBytes(file);

        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[0] -Append", file);

        Assert.StartsWith("AppendToInput,", failure.FullyQualifiedErrorId);
        Assert.Contains(file, failure.Exception.Message);
        Assert.Equal(before, File.ReadAllBytes(file));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Appending_to_the_file_Get_Content_feeds_ConvertFrom_Bulletin_is_refused()
    {
        var file = _folder.Copy("judicial.txt", "a.txt");
        var before = File.ReadAllBytes(file);
        // Get-Content's lines carry the file's PSPath, as here (the hosted engine has no Get-Content).
        const string lines = "foreach ($line in [IO.File]::ReadAllLines($args[0])) { $o = [psobject]::AsPSObject($line); $o.PSObject.Properties.Add([psnoteproperty]::new('PSPath', 'Microsoft.PowerShell.Core\\FileSystem::' + $args[0])); $o }";

        var failure = _session.RunExpectingFailure("& { " + lines + " } $args[0] | ConvertFrom-Bulletin | Export-Bulletin -LiteralPath $args[0] -Append", file);

        Assert.StartsWith("AppendToInput,", failure.FullyQualifiedErrorId);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void Appending_an_input_s_articles_after_it_was_read_is_refused_too()
    {
        var file = _folder.Copy("judicial.txt", "a.txt");
        var before = File.ReadAllBytes(file);

        var failure = _session.RunExpectingFailure("$all = Import-Bulletin -LiteralPath $args[0]; $all | Export-Bulletin -LiteralPath $args[0] -Append", file);

        Assert.StartsWith("AppendToInput,", failure.FullyQualifiedErrorId);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_pipeline_that_fails_half_way_leaves_the_old_target_whole_and_no_temporary_file()
    {
        var target = _folder.Write("out.jsonl", "{\"old\":true}\n");

        _session.RunExpectingFailure("$n = 0; Import-Bulletin -LiteralPath $args[0] | ForEach-Object { if ($n++ -eq 1) { throw 'upstream failure' }; $_ } | Export-Bulletin -LiteralPath $args[1]",
            ModuleHost.SeedPath, target);

        Assert.Equal("{\"old\":true}\n", File.ReadAllText(target));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_stopped_pipeline_leaves_the_old_target_whole_and_no_temporary_file()
    {
        var target = _folder.Write("out.txt", "old content\n");
        using var shell = System.Management.Automation.PowerShell.Create(_session.Runspace);
        // A busy loop holds the pipeline after the first article is written: the pipeline is stopped there, as by Ctrl+C.
        shell.AddScript("Import-Bulletin -LiteralPath $args[0] | ForEach-Object { $_; while ($true) { $null = 1 } } | Export-Bulletin -LiteralPath $args[1]")
             .AddArgument(ModuleHost.SeedPath).AddArgument(target);
        var running = shell.BeginInvoke();
        SpinWait.SpinUntil(() => Directory.GetFiles(_folder.Path, ".out.txt.*").Length == 1, TimeSpan.FromMinutes(2));

        shell.Stop();

        Assert.True(running.IsCompleted);
        Assert.Equal("old content\n", File.ReadAllText(target));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_read_only_target_is_not_replaced_without_Force()
    {
        var target = _folder.Write("locked.txt", "old\n");
        File.SetAttributes(target, FileAttributes.ReadOnly);

        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1]", ModuleHost.SeedPath, target);

        Assert.StartsWith("FileWriteFailed,", failure.FullyQualifiedErrorId);
        Assert.Equal("old\n", File.ReadAllText(target));
        File.SetAttributes(target, FileAttributes.Normal);
    }

    private void AssertNoTemporaryFiles() => Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
