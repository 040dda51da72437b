using Npgsql;

namespace Bulletins.Archive.Tests.Stores;

/// <summary>
/// A new schema in the database BULLETINS_TEST_POSTGRES names (.ci/postgres.sh starts a server and
/// sets it), so every test has an empty archive. Without the variable the test is skipped, unless
/// BULLETINS_REQUIRE_POSTGRES is set (CI), where it fails.
/// </summary>
public sealed class PostgresStore : ArchiveStore
{
    public const string Variable = "BULLETINS_TEST_POSTGRES";
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    private string? _location;

    public static string? Server => Environment.GetEnvironmentVariable(Variable);

    public override string Name => "PostgreSQL";

    public override string Location => _location ??= Create();

    private string Create()
    {
        if (string.IsNullOrEmpty(Server))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BULLETINS_REQUIRE_POSTGRES")))
                throw new InvalidOperationException($"{Variable} is not set, but BULLETINS_REQUIRE_POSTGRES says PostgreSQL must be tested.");
            Skip.If(true, $"No PostgreSQL server: set {Variable} to a connection string (source .ci/postgres.sh and run postgres_start).");
        }
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;
    }

    public override void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row of a query on the archive (null for NULL).</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() is { } value and not DBNull ? value : null;
    }

    public override void Dispose()
    {
        if (_location is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
