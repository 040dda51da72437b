using System.Management.Automation;
using Bulletins.Archive;
using Bulletins.Module.Tests.Support;
using Bulletins.Querying;

namespace Bulletins.Module.Tests;

/// <summary>Save-Bulletin, Get-Bulletin, Measure-Bulletin and Search-Bulletin -Archive in the engine, on a SQLite file (and PostgreSQL where a server is given).</summary>
public sealed class ArchiveCmdletTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    private string ArchivePath => _folder.File("news.db");

    [Fact]
    public void Saved_articles_come_back_from_Get_Bulletin_equal_to_what_Import_Bulletin_gave()
    {
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", ModuleHost.SeedPath, ArchivePath);

        var imported = _session.Run("Import-Bulletin -LiteralPath $args[0]", ModuleHost.SeedPath).OfType<Article>().ToList();
        var stored = _session.Run("Get-Bulletin -Archive $args[0]", ArchivePath).OfType<Article>().ToList();
        Assert.Equal(10, imported.Count);
        Assert.Equal(imported, stored);
        Assert.Equal(imported.OfType<OperationReport>(), _session.Run("Get-Bulletin $args[0] -Kind OperationReport", ArchivePath).OfType<Article>());
    }

    [Fact]
    public void Saving_the_same_file_twice_adds_nothing_and_PassThru_says_so()
    {
        var first = _session.RunForObjects("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1] -PassThru", ModuleHost.SeedPath, ArchivePath);
        var second = _session.RunForObjects("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1] -PassThru", ModuleHost.SeedPath, ArchivePath);

        Assert.All(first, o => Assert.Equal(SaveStatus.Added, o.Properties["SaveStatus"].Value));
        Assert.All(second, o => Assert.Equal(SaveStatus.Unchanged, o.Properties["SaveStatus"].Value));
        Assert.All(second, o => Assert.IsAssignableFrom<Article>(o.BaseObject));
        Assert.Equal(10, _session.Run("(Get-Bulletin -Archive $args[0]).Count", ArchivePath).Output.Single());
    }

    [Fact]
    public void WhatIf_saves_nothing_and_creates_no_archive()
    {
        var result = _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1] -WhatIf", ModuleHost.SeedPath, ArchivePath);

        Assert.False(result.HadErrors);
        Assert.False(File.Exists(ArchivePath));
    }

    [Fact]
    public void Search_over_the_archive_finds_what_it_finds_over_the_file()
    {
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", ModuleHost.SeedPath, ArchivePath);

        foreach (var arguments in new[] { "-Query EncroChat", "-Query '\"Secretary General\"' -Source NATO", "-Person Stoltenberg", "-Country France -After 2023-01-01", "-Kind Speech" })
        {
            var overFile = _session.Run($"Search-Bulletin -LiteralPath $args[0] {arguments}", ModuleHost.SeedPath).OfType<SearchHit>().ToList();
            var overArchive = _session.Run($"Search-Bulletin -Archive $args[0] {arguments}", ArchivePath).OfType<SearchHit>().ToList();
            Assert.NotEmpty(overFile);
            Assert.Equal(overFile.Select(h => h.Article.Id).Order(), overArchive.Select(h => h.Article.Id).Order());
            Assert.Equal(overFile.OrderBy(h => h.Article.Id).Select(h => h.Matches), overArchive.OrderBy(h => h.Article.Id).Select(h => h.Matches));
        }
    }

    [Fact]
    public void Get_Bulletin_Sighting_lists_where_and_when_each_article_was_saved()
    {
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", ModuleHost.SeedPath, ArchivePath);
        var copy = _folder.Write("copy.txt", File.ReadAllText(ModuleHost.SeedPath));
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", copy, ArchivePath);

        var article = Assert.Single(_session.RunForObjects("Get-Bulletin $args[0] -Kind Statement -Sighting", ArchivePath));
        var sightings = Assert.IsType<Sighting[]>(article.Properties["Sightings"].Value);
        Assert.Equal([ModuleHost.SeedPath, copy], sightings.Select(s => s.File));
    }

    [Fact]
    public void Measure_Bulletin_counts_by_source_kind_and_month()
    {
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", ModuleHost.SeedPath, ArchivePath);

        var bySource = _session.Run("Measure-Bulletin $args[0] -By Source", ArchivePath).OfType<SummaryCount>().ToList();
        Assert.Equal([("NATO", 6L), ("Eurojust", 2L), ("Europol", 2L)], bySource.Select(s => (s.Key, s.Articles)));
        var summary = Assert.Single(_session.Run("Measure-Bulletin $args[0]", ArchivePath).OfType<ArchiveSummary>());
        Assert.Equal(10, summary.Articles);
        Assert.Equal(10, summary.ByMonth.Sum(m => m.Articles));
    }

    [Fact]
    public void Reading_a_file_that_is_no_archive_or_none_at_all_is_a_clear_error()
    {
        var notAnArchive = _session.RunExpectingFailure("Get-Bulletin -Archive $args[0]", ModuleHost.SeedPath);
        Assert.Equal("NotAnArchive,Bulletins.PowerShell.Commands.GetBulletinCommand", notAnArchive.FullyQualifiedErrorId);
        Assert.Contains("not a bulletin archive", notAnArchive.Exception.Message);

        var missing = _session.RunExpectingFailure("Search-Bulletin x -Archive $args[0]", _folder.File("none.db"));
        Assert.Equal("ArchiveNotFound,Bulletins.PowerShell.Commands.SearchBulletinCommand", missing.FullyQualifiedErrorId);
        Assert.False(File.Exists(_folder.File("none.db")));
    }

    [SkippableFact]
    public void The_same_cmdlets_work_on_PostgreSQL_by_connection_string()
    {
        var server = Environment.GetEnvironmentVariable("BULLETINS_TEST_POSTGRES");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BULLETINS_REQUIRE_POSTGRES")))
            Skip.If(string.IsNullOrEmpty(server), "No PostgreSQL server: set BULLETINS_TEST_POSTGRES (see .ci/postgres.sh).");
        var schema = "m_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new Npgsql.NpgsqlConnection(server)) { connection.Open(); new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection).ExecuteNonQuery(); }
        var location = new Npgsql.NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        try
        {
            _session.Run("Import-Bulletin -LiteralPath $args[0] | Save-Bulletin -Archive $args[1]", ModuleHost.SeedPath, location);
            var imported = _session.Run("Import-Bulletin -LiteralPath $args[0]", ModuleHost.SeedPath).OfType<Article>().ToList();
            Assert.Equal(imported, _session.Run("Get-Bulletin -Archive $args[0]", location).OfType<Article>());
            Assert.Equal(2, _session.Run("Search-Bulletin EncroChat -Archive $args[0]", location).OfType<SearchHit>().Count());
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection(server);
            connection.Open();
            new Npgsql.NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection).ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
