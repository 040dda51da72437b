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
    private readonly int _activityId;
    private readonly string _activity;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _next;
    private bool _shown;

    public ThrottledProgress(Cmdlet cmdlet, int activityId, string activity)
    {
        _cmdlet = cmdlet;
        _activityId = activityId;
        _activity = activity;
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
        // A new record each time: hosts and the Progress stream keep the records they are given.
        _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, $"{Path.GetFileName(file)}: {articles} articles")
        {
            CurrentOperation = file,
            PercentComplete = length > 0 ? (int)Math.Clamp(position * 100 / length, 0, 100) : -1,
        });
    }

    /// <summary>Clears the progress bar if one was shown.</summary>
    public void Complete()
    {
        if (!_shown) return;
        _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed, PercentComplete = 100 });
        _shown = false;
    }
}
