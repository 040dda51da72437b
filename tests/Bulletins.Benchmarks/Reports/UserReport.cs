using System.Globalization;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Peers;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// What a PowerShell user feels: the hand-written script (Peers/ScriptPeer.ps1), `Import-Bulletin |
/// Out-Null` and `Import-Bulletin | Where-Object Kind -eq Speech | Select-Object Title, Source`, each
/// run in one real pwsh process (Peers/UserCases.ps1) on the same corpus, timed inside it.
/// </summary>
public static class UserReport
{
    /// <summary>At least 30 MB of articles, so that each case runs for seconds, not milliseconds.</summary>
    public const int SizeMB = 32;

    /// <summary>Case name to (best wall seconds, CPU seconds of that run).</summary>
    public static IReadOnlyDictionary<string, (double Wall, double Cpu)> Run(int repeat = 2)
    {
        var figures = new Dictionary<string, (double, double)>();
        var lines = RealPwsh.Run(RealPwsh.Script("UserCases.ps1"),
            ("Module", RealPwsh.Manifest), ("Path", CorpusFiles.Bulletin(SizeMB)), ("WarmUpPath", CorpusFiles.Bulletin(1)),
            ("ScriptPeer", RealPwsh.Script("ScriptPeer.ps1")), ("Repeat", repeat.ToString(CultureInfo.InvariantCulture)));
        foreach (var line in lines)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var parts = line[(colon + 2)..].Split(' ');
            figures[line[..colon]] = (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        return figures;
    }
}
