using System.Data.Common;

namespace Bulletins.Archive.Stores;

/// <summary>Small helpers for ADO.NET commands, the same for both stores.</summary>
internal static class Sql
{
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters) Add(command, name, value);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    /// <summary>A date as the integer yyyymmdd the dates table holds (compares as the dates do).</summary>
    public static int Day(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The same for a mention's day (a DateTime at midnight).</summary>
    public static int Day(DateTime date) => Day(DateOnly.FromDateTime(date));
}
