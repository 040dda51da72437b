using System.Collections.Frozen;
namespace Bulletins.Extraction.Text;

/// <summary>Month and weekday names in English, full and abbreviated (<c>Sept</c>, <c>Nov.</c>).</summary>
internal static class CalendarWords
{
    // First: the month table below is built from it (static initialisers run in text order).
    /// <summary>The twelve full month names, capitalised (`January` ... `December`).</summary>
    public static IReadOnlyList<string> FullMonthNames { get; } =
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.ToFrozenDictionary(Months.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.ToFrozenSet(Weekdays.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every month name, full and short.</summary>
    public static IEnumerable<string> MonthNames => Months.Keys;

    /// <summary>The 0-based month of a full month name as written, capital included (`March` is 2), or -1.</summary>
    public static int FullMonthIndex(ReadOnlySpan<char> word)
    {
        for (int m = 0; m < FullMonthNames.Count; m++)
        {
            if (word.SequenceEqual(FullMonthNames[m])) return m;
        }
        return -1;
    }

    public static bool TryMonth(ReadOnlySpan<char> word, out int month) => MonthLookup.TryGetValue(word, out month);

    /// <summary>The day of the week a weekday name (full or short) names.</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        if (!WeekdayLookup.Contains(word) || word.Length < 3) return false;
        var prefix = word[..3];
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (prefix.Equals(candidate.ToString().AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>Words a date expression can start with: months, weekdays, `from`, `between`, `the`, day ordinals.</summary>
    private static readonly HashSet<string> Starters = new(
        Months.Keys.Concat(Weekdays).Concat(["from", "between", "the", "twenty", "thirty"]), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.ToFrozenSet(Starters.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a date may start at this word (one look-up instead of a dozen failed attempts).</summary>
    public static bool MayStartDate(ReadOnlySpan<char> word) =>
        word.Length <= 11 && (StarterLookup.Contains(word) || Text.NumberWords.TryOrdinal(word, out _));

    public static bool IsWeekday(ReadOnlySpan<char> word) => WeekdayLookup.Contains(word);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 1; m <= 12; m++)
        {
            months[FullMonthNames[m - 1]] = m;
            months[FullMonthNames[m - 1][..3]] = m;
        }
        months["Sept"] = 9;
        return months;
    }
}
