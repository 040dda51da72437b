using System.Data.Common;

namespace Bulletins.Archive.Stores;

/// <summary>
/// One command per SQL text for the life of a transaction, its parameters set anew on each call:
/// a batch of saves runs the same dozen statements for every article, and SQLite then compiles
/// each once per batch instead of once per row.
/// </summary>
internal sealed class StatementCache : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public StatementCache(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public DbConnection Connection => _connection;

    public DbTransaction Transaction => _transaction;

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Sql.Command(_connection, _transaction, sql);
            foreach (var (name, _) in parameters) Sql.Add(command, name, null);
            _commands.Add(sql, command);
        }
        foreach (var (name, value) in parameters) command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        var result = Command(sql, parameters).ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
    }
}
