using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Import-Bulletin: which files it reads and how the articles come out.</summary>
public sealed class ImportBulletinTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public void Seed_imports_as_ten_typed_articles_in_file_order()
    {
        var articles = _session.Run("Import-Bulletin -LiteralPath $args[0]", ModuleHost.SeedPath).OfType<Article>().ToList();

        Assert.Equal(10, articles.Count);
        Assert.All(articles, a => Assert.Equal(ModuleHost.SeedPath, a.File));
        Assert.Equal(1, articles[0].Line);
        Assert.Equal("Eurojust", articles[0].Source);
        Assert.True(articles.Select(a => a.Line).SequenceEqual(articles.Select(a => a.Line).Order()));
    }

    [Fact]
    public void Path_expands_wildcards_to_every_matching_file()
    {
        _folder.Copy("harbour.txt");
        _folder.Copy("judicial.txt");
        _folder.Write("notes.md", "not a bulletin");

        var articles = _session.Run("Import-Bulletin -Path ($args[0] + '/*.txt')", _folder.Path).OfType<Article>().ToList();

        Assert.Equal(4, articles.Count);
        Assert.Equal(["harbour.txt", "judicial.txt"], articles.Select(a => Path.GetFileName(a.File)).Distinct().Order());
    }

    [Fact]
    public void LiteralPath_reads_a_file_name_with_brackets_that_Path_would_take_as_a_wildcard()
    {
        var file = _folder.Copy("harbour.txt", "bulletin[2025].txt");

        var literal = _session.Run("Import-Bulletin -LiteralPath $args[0]", file);
        var wildcard = _session.Run("Import-Bulletin -Path $args[0]", file);

        Assert.Equal(2, literal.OfType<Article>().Count());
        Assert.Empty(literal.Errors);
        // As a wildcard, [2025] is a character class: it matches bulletin2.txt, not the file itself.
        Assert.Empty(wildcard.OfType<Article>());
        Assert.Equal("FileNotFound", Assert.Single(wildcard.Errors).FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void File_objects_from_the_provider_bind_by_PSPath_as_Get_ChildItem_output_does()
    {
        _folder.Copy("harbour.txt", "a[1].txt");
        _folder.Copy("judicial.txt");

        // What Get-ChildItem emits: FileInfo objects carrying PSPath (Get-ChildItem itself is not in the bare engine).
        var result = _session.Run("$ExecutionContext.InvokeProvider.ChildItem.Get($args[0], $false) | Import-Bulletin", _folder.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(4, result.OfType<Article>().Count());
    }

    [Fact]
    public void Plain_FileInfo_objects_bind_by_FullName_so_brackets_in_the_name_are_not_wildcards()
    {
        var file = _folder.Copy("judicial.txt", "judicial[1].txt");

        var result = _session.Run("[System.IO.FileInfo]::new($args[0]) | Import-Bulletin", file);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.OfType<Article>().Count());
    }

    [Fact]
    public void Source_filter_takes_wildcards()
    {
        var result = _session.Run("Import-Bulletin -LiteralPath $args -Source 'Euro*'", TestBulletins.Path("harbour.txt"), TestBulletins.Path("judicial.txt"));

        Assert.Equal(["Europol", "Eurojust"], result.OfType<Article>().Select(a => a.Source));
    }

    [Fact]
    public void Kind_filter_keeps_only_that_kind()
    {
        var all = _session.Run("Import-Bulletin -LiteralPath $args[0]", ModuleHost.SeedPath).OfType<Article>().ToList();
        var kind = all.GroupBy(a => a.Kind).OrderBy(g => g.Count()).First().Key;

        var filtered = _session.Run("Import-Bulletin -LiteralPath $args[0] -Kind $args[1]", ModuleHost.SeedPath, kind).OfType<Article>().ToList();

        Assert.NotEmpty(filtered);
        Assert.All(filtered, a => Assert.Equal(kind, a.Kind));
        Assert.Equal(all.Count(a => a.Kind == kind), filtered.Count);
    }

    [Fact]
    public void Unique_drops_a_repeat_found_in_another_file_of_the_same_call()
    {
        var first = _folder.Copy("harbour.txt", "monday.txt");
        var body = File.ReadAllText(TestBulletins.Path("harbour.txt")).Split("\n\n").Skip(2).Take(3);
        var second = _folder.Write("tuesday.txt", TestBulletins.Article("Baltic harbours: twelve suspects arrested", "Europol", [.. body]));

        var plain = _session.Run("Import-Bulletin -LiteralPath $args", first, second).OfType<Article>().ToList();
        var unique = _session.Run("Import-Bulletin -LiteralPath $args -Unique", first, second).OfType<Article>().ToList();

        Assert.Equal(3, plain.Count);
        Assert.Equal(2, unique.Count);
        Assert.DoesNotContain(unique, a => a.File == second);
    }

    [Fact]
    public void Encoding_reads_a_file_without_byte_order_mark_in_that_encoding()
    {
        var file = _folder.File("utf16.txt");
        File.WriteAllText(file, File.ReadAllText(TestBulletins.Path("judicial.txt")), new System.Text.UnicodeEncoding(false, false));

        var articles = _session.Run("Import-Bulletin -LiteralPath $args[0] -Encoding unicode", file).OfType<Article>().ToList();

        Assert.Equal(["Eurojust", "NATO"], articles.Select(a => a.Source));
    }

    [Fact]
    public void The_first_article_reaches_the_pipeline_before_the_last_file_is_read()
    {
        var first = _folder.Copy("harbour.txt");
        var second = _folder.Write("later.txt", TestBulletins.Article("Written before the import started", "NATO", "Old text."));

        // When the first article arrives downstream, the second file is rewritten. Only a command that
        // has not read it yet can see the new title.
        var titles = _session.Run("""
            $first, $second, $newText = $args
            $rewritten = $false
            Import-Bulletin -LiteralPath $first, $second | ForEach-Object {
                if (-not $rewritten) {
                    [System.IO.File]::WriteAllText($second, $newText)
                    $rewritten = $true
                }
                $_.Title
            }
            """, first, second, TestBulletins.Article("Written while the first file was being imported", "NATO", "New text.")).Output;

        Assert.Contains("Written while the first file was being imported", titles);
        Assert.DoesNotContain("Written before the import started", titles);
    }

    [Fact]
    public void A_long_import_reports_progress_and_completes_it()
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
        Assert.Contains(result.Progress, p => p.RecordType == System.Management.Automation.ProgressRecordType.Processing && p.PercentComplete is > 0 and <= 100);
        Assert.Equal(System.Management.Automation.ProgressRecordType.Completed, result.Progress[^1].RecordType);
    }

    [Fact]
    public void Date_is_the_latest_day_an_article_mentions_so_scripts_can_sort_by_it()
    {
        var dates = _session.Run("Import-Bulletin -LiteralPath $args[0] | ForEach-Object { $_.Date }", TestBulletins.Path("harbour.txt")).Output;

        Assert.Equal([new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 20)], dates);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
