namespace Bulletins.Extraction.Extractors.Dates;

/// <summary>A calendar point as far as the text gives it: a year alone, a month, or a day.</summary>
internal readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    /// <summary>The weekday the text names with the day (`Friday 13 December`), which can tell a missing year.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>-1 for `last July`, +1 for `next July`, 0 otherwise: which July a month without a year is.</summary>
    public int Relative { get; init; }

    public bool HasMonth => Month is not null;

    /// <summary>The first day this point covers (1 January for a year, the 1st for a month).</summary>
    public bool TryFirstDay(out DateOnly day) => TryMake(Month ?? 1, Day ?? 1, out day);

    /// <summary>The last day this point covers (31 December for a year, the month's last day).</summary>
    public bool TryLastDay(out DateOnly day)
    {
        day = default;
        if (Year is not int year || year < 1 || year > 9999) return false;
        int month = Month ?? 12;
        return TryMake(month, Day ?? DateTime.DaysInMonth(year, month), out day);
    }

    private bool TryMake(int month, int dayOfMonth, out DateOnly day)
    {
        day = default;
        if (Year is not int year || year < 1 || year > 9999 || month is < 1 or > 12) return false;
        if (dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }
}

/// <summary>A date expression found at <c>[TextStart, TextEnd)</c> of a text, before missing years are filled in.</summary>
internal readonly record struct DateFinding(int TextStart, int TextEnd, PartialDate From, PartialDate To)
{
    /// <summary>True when the text itself gives the year (so it can lend it to other dates).</summary>
    public bool HasOwnYear => From.Year is not null && To.Year is not null;
}
