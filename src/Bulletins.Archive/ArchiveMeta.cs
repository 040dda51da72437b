using System.Data.Common;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>The <c>archive_meta</c> table: the store version, the schema's fingerprint and namespace.</summary>
internal static class ArchiveMeta
{
    public static Dictionary<string, string> Read(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = Sql.Command(connection, transaction, "SELECT key, value FROM archive_meta");
        using var reader = command.ExecuteReader();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    public static void Write(DbConnection connection, DbTransaction transaction, string key, string value) =>
        Sql.Execute(connection, transaction, "UPDATE archive_meta SET value = @value WHERE key = @key", ("@key", key), ("@value", value));
}
