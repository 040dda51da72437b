using Microsoft.Data.Sqlite;

namespace Bulletins.Archive.Tests.Stores;

/// <summary>A new SQLite file in a temporary folder.</summary>
public sealed class SqliteStore : ArchiveStore
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulletins-archive-").FullName;

    public override string Location => Path.Combine(_folder, "news.db");

    public override string Name => "SQLite";

    public override void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
