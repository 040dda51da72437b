using System.Management.Automation;
using Bulletins.PowerShell.Errors;

namespace Bulletins.PowerShell.Paths;

/// <summary>Turns an output -Path or -LiteralPath into one FileSystem path (which need not exist yet).</summary>
internal static class OutputFileResolver
{
    /// <summary>The path, or throws a terminating error: an output path that is wrong stops the command.</summary>
    public static string Resolve(PSCmdlet cmdlet, string path, bool literal)
    {
        string resolved;
        ProviderInfo provider;
        if (!literal && WildcardPattern.ContainsWildcardCharacters(path))
        {
            var matches = cmdlet.GetResolvedProviderPathFromPSPath(path, out provider);
            if (matches.Count != 1) cmdlet.ThrowTerminatingError(BulletinErrors.Ambiguous(path, matches.Count));
            resolved = matches[0];
        }
        else
        {
            resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
        }
        if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
        {
            cmdlet.ThrowTerminatingError(BulletinErrors.NotFileSystem(path, provider.Name));
        }
        if (Directory.Exists(resolved)) cmdlet.ThrowTerminatingError(BulletinErrors.Directory(resolved));
        return resolved;
    }
}
