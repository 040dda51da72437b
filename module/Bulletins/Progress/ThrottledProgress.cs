using System.Diagnostics;
using System.Management.Automation;

namespace Bulletins.PowerShell.Progress;

/// <summary>
/// Write-Progress for long reads only: nothing for the first half second (short imports stay quiet),
/// then at most five updates a second, so progress costs nothing measurable per article.
/// </summary>
internal sealed class ThrottledProgress
{
    private static readonly long Delay = Stopwatch.Frequency / 2;
    private static readonly long Interval = Stopwatch.Frequency / 5;

    private readonly Cmdlet _cmdlet;
    private readonly ProgressRecord _record;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _next;
    private bool _shown;

    public ThrottledProgress(Cmdlet cmdlet, int activityId, string activity)
    {
        _cmdlet = cmdlet;
        _record = new ProgressRecord(activityId, activity, "Starting");
        _next = _started + Delay;
    }

    /// <summary>Reports where the command is if enough time has passed since the last report.</summary>
    /// <param name="file">The file being read.</param>
    /// <param name="articles">Articles read so far in this call.</param>
    /// <param name="position">Bytes read of the current file.</param>
    /// <param name="length">The file's length in bytes (0 when unknown).</param>
    public void Report(string file, long articles, long position, long length)
    {
        long now = Stopwatch.GetTimestamp();
        if (now < _next) return;
        _next = now + Interval;
        _shown = true;
        _record.RecordType = ProgressRecordType.Processing;
        _record.StatusDescription = $"{Path.GetFileName(file)}: {articles} articles";
        _record.CurrentOperation = file;
        _record.PercentComplete = length > 0 ? (int)Math.Clamp(position * 100 / length, 0, 100) : -1;
        _cmdlet.WriteProgress(_record);
    }

    /// <summary>Clears the progress bar if one was shown.</summary>
    public void Complete()
    {
        if (!_shown) return;
        _record.RecordType = ProgressRecordType.Completed;
        _record.PercentComplete = 100;
        _cmdlet.WriteProgress(_record);
        _shown = false;
    }
}
