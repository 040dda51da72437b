using Bulletins.Extraction.Extractors.People;

namespace Bulletins.Extraction.Extractors.Quotes;

/// <summary>The people occurrences of an article sorted by place, with the look-ups quotes need, each O(log n).</summary>
internal sealed class OccurrenceIndex
{
    private readonly PersonOccurrence[] _sorted;

    public OccurrenceIndex(IReadOnlyList<PersonOccurrence> occurrences)
    {
        _sorted = occurrences.OrderBy(o => o.Segment).ThenBy(o => o.Start).ToArray();
        FirstInTitle = _sorted.FirstOrDefault(o => o.Segment == 0 && o.FullName is not null)?.FullName;
    }

    /// <summary>The first person the title names (in a transcript, the speaker).</summary>
    public string? FirstInTitle { get; }

    /// <summary>The occurrence that starts exactly at <paramref name="start"/>.</summary>
    public PersonOccurrence? At(int segment, int start)
    {
        int i = LowerBound(segment, start);
        return i < _sorted.Length && _sorted[i].Segment == segment && _sorted[i].Start == start ? _sorted[i] : null;
    }

    /// <summary>The last occurrence that starts before <paramref name="position"/>, in this segment or an earlier one.</summary>
    public PersonOccurrence? LastBefore(int segment, int position)
    {
        int i = LowerBound(segment, position) - 1;
        return i >= 0 ? _sorted[i] : null;
    }

    /// <summary>The last occurrence inside <c>[from, to)</c> of one segment.</summary>
    public PersonOccurrence? LastWithin(int segment, int from, int to)
    {
        for (int i = LowerBound(segment, to) - 1; i >= 0 && _sorted[i].Segment == segment && _sorted[i].Start >= from; i--)
        {
            if (_sorted[i].End <= to) return _sorted[i];
        }
        return null;
    }

    /// <summary>The first occurrence that starts inside <c>[from, to)</c> of one segment.</summary>
    public PersonOccurrence? FirstWithin(int segment, int from, int to)
    {
        int i = LowerBound(segment, from);
        return i < _sorted.Length && _sorted[i].Segment == segment && _sorted[i].Start < to ? _sorted[i] : null;
    }

    /// <summary>Index of the first occurrence at or after (segment, start).</summary>
    private int LowerBound(int segment, int start)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            var o = _sorted[mid];
            if (o.Segment < segment || (o.Segment == segment && o.Start < start)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
