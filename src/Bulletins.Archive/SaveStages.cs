using System.Diagnostics;

namespace Bulletins.Archive;

/// <summary>
/// Where a writer's time goes, stage by stage (the benchmark prints it: docs/archive.md). A clock
/// read per stage and article costs about a hundredth of a microsecond; cheap enough to leave on.
/// </summary>
internal sealed class SaveStages
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>) to the stage, and returns now.</summary>
    public long Lap(string stage, long started)
    {
        long now = Stopwatch.GetTimestamp();
        _ticks[stage] = _ticks.GetValueOrDefault(stage) + (now - started);
        return now;
    }

    /// <summary>Each stage's total, most first.</summary>
    public IEnumerable<(string Stage, TimeSpan Time)> Totals =>
        _ticks.OrderByDescending(t => t.Value).Select(t => (t.Key, Stopwatch.GetElapsedTime(0, t.Value)));
}
