using Bulletins.Extraction.Extractors.People;

namespace Bulletins.Extraction.Extractors.Quotes;

/// <summary>The people occurrences of an article sorted by place, with the look-ups quotes need, each O(log n).</summary>
internal sealed class OccurrenceIndex
{
    private readonly PersonOccurrence[] _sorted;

    public OccurrenceIndex(IReadOnlyList<PersonOccurrence> occurrences)
    {
        _sorted = new PersonOccurrence[occurrences.Count];
        for (int i = 0; i < _sorted.Length; i++) _sorted[i] = occurrences[i];
        SortByPlace(_sorted);
        foreach (var o in _sorted)
        {
            if (o.Segment == 0 && o.FullName is not null)
            {
                FirstInTitle = o.FullName;
                break;
            }
        }
    }

    /// <summary>
    /// Stable insertion sort by (segment, start): the people extractor finds occurrences in text order and
    /// appends the bare surnames after them, so the array is nearly sorted and this is close to linear.
    /// </summary>
    private static void SortByPlace(PersonOccurrence[] items)
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = items[i];
            int j = i - 1;
            while (j >= 0 && (items[j].Segment > item.Segment || (items[j].Segment == item.Segment && items[j].Start > item.Start)))
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
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
