using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using Bulletins.PowerShell.Paths;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Completion;

/// <summary>
/// Completes -Source with the sources found in the files the command line already names (-Path or
/// -LiteralPath): sources are not in the schema, they are whatever agencies the bulletins quote.
/// Only the segmentation runs (no classification or extraction), and at most a few files are read.
/// </summary>
public sealed class SourceCompleter : IArgumentCompleter
{
    private const int MaxFiles = 20;

    /// <summary>The sources, in the files the command line already names, that start with what is typed (quotes ignored, any case).</summary>
    /// <returns>One completion per source, in alphabetical order; none when the command names no readable file.</returns>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = new WildcardPattern(wordToComplete.Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
        var sources = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in FilesOnCommandLine(fakeBoundParameters).Take(MaxFiles))
        {
            try
            {
                using var stream = File.OpenRead(file);
                bool compressed = GzipInput.IsGzip(stream);
                if (!compressed && BinaryContent.IsBinary(stream)) continue;
                using var input = compressed ? GzipInput.Open(stream) : stream;
                foreach (var draft in Bulletin.ReadDrafts(input, file)) sources.Add(draft.Source);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // Completion never fails loudly; an unreadable file just contributes nothing.
            }
        }
        return sources.Where(s => s.Length > 0 && prefix.IsMatch(s)).Select(s =>
            new CompletionResult(s.Contains(' ') ? $"'{s.Replace("'", "''")}'" : s, s, CompletionResultType.ParameterValue, s));
    }

    private static IEnumerable<string> FilesOnCommandLine(IDictionary bound)
    {
        if (CurrentSessionPath() is not { } session) yield break;
        foreach (var (key, literal) in new[] { ("LiteralPath", true), ("Path", false) })
        {
            if (!bound.Contains(key)) continue;
            var values = bound[key] switch
            {
                string one => [one],
                IEnumerable many => many.Cast<object>().Select(o => o?.ToString() ?? ""),
                _ => [],
            };
            // Completion never fails loudly: a path that resolves to no file contributes nothing.
            foreach (var file in InputFileResolver.Resolve(session, values.Where(v => v.Length > 0), literal, _ => { })) yield return file;
        }
    }

    /// <summary>
    /// The session's path API: completion runs on the session's pipeline thread, where a nested
    /// pipeline in the current runspace can hand it over (it knows the current location).
    /// </summary>
    private static PathIntrinsics? CurrentSessionPath()
    {
        if (Runspace.DefaultRunspace is null) return null;
        using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        return shell.AddScript("$ExecutionContext.SessionState.Path").Invoke().FirstOrDefault()?.BaseObject as PathIntrinsics;
    }
}
