using System.Data.Common;
using System.Management.Automation;
using Bulletins.Archive;
using Bulletins.PowerShell.Errors;

namespace Bulletins.PowerShell.Archive;

/// <summary>
/// Opens what -Archive names: a PostgreSQL connection string as it is, or a path resolved against
/// the current PowerShell location (a SQLite file). Failures become terminating errors with the
/// ids in <see cref="ArchiveErrors"/>.
/// </summary>
internal static class ArchiveLocation
{
    public static BulletinArchive Open(PSCmdlet cmdlet, string archive, bool create, int? batchSize = null)
    {
        var location = BulletinArchive.IsConnectionString(archive)
            ? archive
            : cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(archive);
        try
        {
            var options = new ArchiveOptions { Create = create };
            var opened = BulletinArchive.Open(location, batchSize is { } size ? options with { BatchSize = size } : options);
            // An unattended script's log says when its archive was migrated, which a later version's reader relies on.
            cmdlet.WriteVerbose(opened.Migrations.Count == 0
                ? $"Opened the {opened.Store} archive '{Display(archive)}' (store version {BulletinArchive.StoreVersion})."
                : $"Opened the {opened.Store} archive '{Display(archive)}' and brought it up to date: {string.Join("; ", opened.Migrations)}.");
            return opened;
        }
        catch (ArchiveException e)
        {
            cmdlet.ThrowTerminatingError(ArchiveErrors.From(e));
            throw;
        }
        catch (DbException e)
        {
            cmdlet.ThrowTerminatingError(ArchiveErrors.Failed(Display(archive), e));
            throw;
        }
    }

    /// <summary>The archive as messages show it: a connection string without its password.</summary>
    public static string Display(string archive)
    {
        if (!BulletinArchive.IsConnectionString(archive) || archive.Contains("://", StringComparison.Ordinal)) return archive;
        return string.Join(';', archive.Split(';').Where(part => !part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The archive filter from the cmdlets' parameters (-Person matches part of a name, as over files).</summary>
    public static ArchiveFilter Filter(string[]? ids, string[]? kinds, string[]? sources, string[]? people, string[]? countries, DateTime? after, DateTime? before) => new()
    {
        Ids = ids,
        Kinds = kinds,
        Sources = sources,
        People = people?.Select(p => Glob.HasWildcards(p) ? p : "*" + p + "*").ToArray(),
        Countries = countries,
        After = after is { } a ? DateOnly.FromDateTime(a) : null,
        Before = before is { } b ? DateOnly.FromDateTime(b) : null,
    };
}
