namespace Bulletins.Extraction.Dates;

/// <summary>Month and weekday names in English, full and abbreviated (<c>Sept</c>, <c>Nov.</c>).</summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryMonth(ReadOnlySpan<char> word, out int month) => MonthLookup.TryGetValue(word, out month);

    public static bool IsWeekday(ReadOnlySpan<char> word) => WeekdayLookup.Contains(word);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (int m = 1; m <= 12; m++)
        {
            months[names[m - 1]] = m;
            months[names[m - 1][..3]] = m;
        }
        months["Sept"] = 9;
        return months;
    }
}
