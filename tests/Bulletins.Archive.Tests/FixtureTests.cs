using Bulletins.Archive.Tests.Stores;
using Bulletins.Testing;
using Microsoft.Data.Sqlite;

namespace Bulletins.Archive.Tests;

/// <summary>
/// Fixtures/archive-v1.db: the seed saved by the first store version (1). Every later version must
/// open it (migrating a copy forward) and read back the seed's articles. Store version 2 changed
/// PostgreSQL's full-text column alone (a SQLite archive of version 2 has version 1's tables), so the
/// one SQLite fixture covers it; PostgresArchiveTests makes a version-1 PostgreSQL layout and migrates it.
/// </summary>
public sealed class FixtureTests : IDisposable
{
    private readonly SqliteStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void AnArchiveOfTheFirstVersionOpensAndReadsBackTheSeed()
    {
        File.Copy(Fixtures.Project("Fixtures", "archive-v1.db"), _store.Location);
        using var archive = _store.Open(new ArchiveOptions { Create = false });

        using var stream = File.OpenRead(Seed.Path);
        var expected = Bulletin.Read(stream, "000_e349464e1e009bb6.txt").ToList();
        Assert.Equal(expected, archive.Find());
        Assert.Single(archive.SightingsOf(expected[0].Id));
        // Migrated to this library's store version (2 changes nothing on SQLite but the version), and searched as before.
        Assert.Equal(BulletinArchive.StoreVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreVersion(_store.Location));
        var query = Querying.SearchQuery.Parse("EncroChat");
        Assert.Equal(Querying.ArticleSearch.Search(expected, query).Select(h => h.Article.Id).Order(), archive.Search(query).Select(h => h.Article.Id).Order());
    }

    [Fact]
    public void OpeningSaysWhatItDidToBringTheArchiveUpToDateAndNothingOnceItIs()
    {
        File.Copy(Fixtures.Project("Fixtures", "archive-v1.db"), _store.Location);
        using (var first = _store.Open(new ArchiveOptions { Create = false }))
        {
            // Store version 1 to 2, then the re-extraction: the fixture records version 1's fingerprint.
            Assert.Equal(["store version 1 to 2", "every article's fields extracted again from its text, for a changed schema"], first.Migrations);
        }
        using var again = _store.Open(new ArchiveOptions { Create = false });
        Assert.Empty(again.Migrations);
    }

    private static string StoreVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM archive_meta WHERE key = 'store_version'";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public void TheFirstVersionsFieldsAreReExtractedByThisLibrarysRules()
    {
        // The fixture records the fingerprint version 1 wrote (the schema alone); its report's arrests as an older extractor gave them.
        File.Copy(Fixtures.Project("Fixtures", "archive-v1.db"), _store.Location);
        using var stream = File.OpenRead(Seed.Path);
        var report = Bulletin.Read(stream, "000_e349464e1e009bb6.txt").OfType<OperationReport>().First(r => r.Arrests is not null);
        _store.Execute($"UPDATE articles SET fields = json_set(fields, '$.arrests', 6500) WHERE id = '{report.Id}'");

        using var archive = _store.Open(new ArchiveOptions { Create = false });
        Assert.Equal(report, archive.Get(report.Id));
    }

    [Fact]
    public void ANewArchiveHasTheTablesAndColumnsOfTheFirstVersion()
    {
        // The DDL is generated from one column table for both stores; store version 1's layout must not move.
        using var fresh = new SqliteStore();
        using (fresh.Open()) { }
        File.Copy(Fixtures.Project("Fixtures", "archive-v1.db"), _store.Location);
        Assert.Equal(Layout(_store.Location), Layout(fresh.Location));
    }

    private static List<string> Layout(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name || '.' || c.name || ' ' || c.type || (CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END) || (CASE WHEN c.pk > 0 THEN ' PK' || c.pk ELSE '' END)
            FROM sqlite_master m, pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'articles_fts%' AND m.name NOT LIKE 'sqlite_%'
            ORDER BY m.name, c.cid
            """;
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }
}
