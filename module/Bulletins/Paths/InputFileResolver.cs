using System.Management.Automation;
using Bulletins.PowerShell.Errors;

namespace Bulletins.PowerShell.Paths;

/// <summary>
/// Turns -Path (wildcards) and -LiteralPath values into FileSystem file paths, writing a
/// non-terminating error for each path that is missing, a directory or on another provider, so the
/// remaining files are still processed. Relative paths resolve against the session's current
/// location (the provider's, not the process's directory), for cmdlets and completers alike.
/// </summary>
internal static class InputFileResolver
{
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal, Action<ErrorRecord> onError)
    {
        foreach (var path in paths)
        {
            int files = 0;
            foreach (var file in Resolve(cmdlet.SessionState.Path, [path], literal, onError))
            {
                files++;
                yield return file;
            }
            if (files > 0) cmdlet.WriteVerbose($"Resolved '{path}' to {files} file{(files == 1 ? "" : "s")}.");
        }
    }

    public static IEnumerable<string> Resolve(PathIntrinsics session, IEnumerable<string> paths, bool literal, Action<ErrorRecord> onError)
    {
        foreach (var path in paths)
        {
            foreach (var file in ResolveOne(session, path, literal, onError)) yield return file;
        }
    }

    private static IEnumerable<string> ResolveOne(PathIntrinsics session, string path, bool literal, Action<ErrorRecord> onError)
    {
        bool wildcard = !literal && WildcardPattern.ContainsWildcardCharacters(path);
        List<string> resolved;
        ProviderInfo provider;
        try
        {
            if (wildcard)
            {
                resolved = [.. session.GetResolvedProviderPathFromPSPath(path, out provider)];
            }
            else
            {
                resolved = [session.GetUnresolvedProviderPathFromPSPath(path, out provider, out _)];
            }
        }
        catch (ItemNotFoundException)
        {
            onError(BulletinErrors.NotFound(path, wildcard));
            yield break;
        }
        catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or ArgumentException or NotSupportedException)
        {
            onError(BulletinErrors.NotFound(path, wildcard));
            yield break;
        }

        if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
        {
            onError(BulletinErrors.NotFileSystem(path, provider.Name));
            yield break;
        }
        if (resolved.Count == 0)
        {
            onError(BulletinErrors.NotFound(path, wildcard));
            yield break;
        }
        foreach (var file in resolved)
        {
            if (Directory.Exists(file))
            {
                onError(BulletinErrors.Directory(file));
            }
            else if (!File.Exists(file))
            {
                onError(BulletinErrors.NotFound(file, wildcard: false));
            }
            else
            {
                yield return file;
            }
        }
    }
}
