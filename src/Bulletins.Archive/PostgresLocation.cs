using Npgsql;

namespace Bulletins.Archive;

/// <summary>A PostgreSQL location as Npgsql takes it: a key-value connection string, or one made from a <c>postgresql://</c> URI.</summary>
internal static class PostgresLocation
{
    public static string ToConnectionString(string location)
    {
        if (!location.Contains("://", StringComparison.Ordinal)) return location;
        var uri = new Uri(location);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        return builder.ConnectionString;
    }
}
