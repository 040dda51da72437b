using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.Dates;

/// <summary>
/// Finds date expressions in a tokenised text: single days (<c>14 March 2025</c>, <c>March 14, 2025</c>,
/// <c>Friday 14 March 2025</c>, <c>21st May</c>, <c>twenty second of June 2017</c>, <c>05-Aug-2016</c>,
/// <c>2025-03-14</c>), months (<c>June 2022</c>, <c>2016 June</c>) and ranges (<c>From 3 to 7 March 2025</c>,
/// <c>From 28th April to 1st May 2025</c>, <c>14 and 15 May 2025</c>, <c>Jan-Feb 2017</c>,
/// <c>between 2015 and Feb 2018</c>).
/// </summary>
/// <remarks>
/// Each attempt looks at a bounded number of tokens from its start, and a match moves the scan past
/// itself, so the whole scan is linear in the text. A year alone is not a date (it reads as well as a
/// count, an article number or an era: <c>Between 2020 and 2023, over 6 500 suspects</c>); it counts
/// only as the end of a range whose other end names a month. A month without a year (<c>in July</c>)
/// is not a date either: it may mean the last July or the next one.
/// </remarks>
internal static class DateGrammar
{
    private readonly record struct Atom(int First, int Last, PartialDate Date);

    public static List<DateFinding> Find(string text) => Find(text, () => new TokenText(text));

    public static List<DateFinding> Find(string text, Func<TokenText> tokens) =>
        DateSignal.MayHoldDate(text) ? Scan(tokens()) : [];

    /// <summary>The grammar's scan of every token, with no prefilter (<see cref="DateSignal"/> is the prefilter).</summary>
    internal static List<DateFinding> Scan(TokenText t)
    {
        var found = new List<DateFinding>();
        int i = 0;
        while (i < t.Count)
        {
            var kind = t.Tokens[i].Kind;
            if (kind == TokenKind.Symbol || (kind == TokenKind.Word && !CalendarWords.MayStartDate(t.Span(i))))
            {
                i++;
                continue;
            }
            if (TryRange(t, i, out var range, out int last) || TrySingle(t, i, out range, out last) || TryMonthInContext(t, i, out range, out last))
            {
                found.Add(range);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static bool IsFullMonthName(TokenText t, int k) => t.IsWord(k) && CalendarWords.FullMonthIndex(t.Span(k)) >= 0;

    /// <summary>Words before a month named without a year that make it a time (`in July`, `since last July`, `by mid-March`).</summary>
    private static bool IsMonthContext(TokenText t, int k) =>
        t.IsWord(k) && (t.Is(k, "in") || t.Is(k, "since") || t.Is(k, "until") || t.Is(k, "till") || t.Is(k, "by") || t.Is(k, "from")
                        || t.Is(k, "during") || t.Is(k, "last") || t.Is(k, "next") || t.Is(k, "this") || t.Is(k, "early") || t.Is(k, "late")
                        || t.Is(k, "before") || t.Is(k, "after") || t.Is(k, "of") || t.Is(k, "mid")
                        // `the exercises planned for May`, `due in June`: `for` after a word of scheduling.
                        || t.Is(k, "for") && (t.Is(k - 1, "planned") || t.Is(k - 1, "scheduled") || t.Is(k - 1, "due") || t.Is(k - 1, "set")
                                              || t.Is(k - 1, "foreseen") || t.Is(k - 1, "expected") || t.Is(k - 1, "slated")));

    /// <summary>
    /// `We will meet again in February`, `In January, we will open the next call`: a month after a time word in a
    /// sentence that speaks of what will happen, unless a past participle ties it to a past event (`the report
    /// published in January will ...`) or it looks back (`since`, `last`).
    /// </summary>
    private static bool SpeaksAhead(TokenText t, int month, int contextWord)
    {
        if (t.Is(contextWord, "since") || t.Is(contextWord, "last") || t.Is(contextWord, "after")) return false;
        if (t.IsWord(contextWord - 1) && (t.Span(contextWord - 1).EndsWith("ed") || t.Is(contextWord - 1, "was") || t.Is(contextWord - 1, "were"))) return false;
        int start = month, end = month;
        while (start > 0 && month - start < 40 && !t.IsSymbol(start - 1, ".!?;")) start--;
        while (end + 1 < t.Count && end - month < 40 && !t.IsSymbol(end + 1, ".!?;")) end++;
        for (int k = start; k <= end; k++)
        {
            if (t.Is(k, "will") || t.Is(k, "shall") || t.Is(k, "upcoming") || t.Is(k, "forthcoming")
                || t.IsSymbol(k, "’'") && t.Is(k + 1, "ll")) return true;
        }
        return false;
    }

    /// <summary>
    /// A month without a day or a year, where the words before make it a time (`the Summit in July`,
    /// `since last July`, `next March`): its year is the bulletin's to give. The full capitalised name only,
    /// so `may` and `march` as verbs, and abbreviations, are not read.
    /// </summary>
    private static bool TryMonthInContext(TokenText t, int i, out DateFinding finding, out int last)
    {
        finding = default;
        last = i;
        if (!t.IsWord(i) || !char.IsUpper(t.Text[t.Tokens[i].Start]) || CalendarWords.FullMonthIndex(t.Span(i)) is var index && index < 0) return false;
        // A number after the month belongs to another reading (`July 4`, `July 2025`) that did not hold.
        if (t.IsNumber(i + 1) && t.SameLineAt(i, i + 1)) return false;
        int before = t.IsSymbol(i - 1, "-‐") && t.Touches(i) ? i - 2 : i - 1;
        if (!IsMonthContext(t, before)) return false;
        int relative = t.Is(i - 1, "last") ? -1 : t.Is(i - 1, "next") ? 1 : 0;
        int first = relative != 0 ? i - 1 : i;
        var date = new PartialDate(null, index + 1, null) { Relative = relative, Ahead = relative == 0 && SpeaksAhead(t, i, before) };
        finding = new DateFinding(t.Tokens[first].Start, t.Tokens[i].End, date, date);
        return true;
    }

    private static bool TrySingle(TokenText t, int i, out DateFinding finding, out int last)
    {
        finding = default;
        last = i;
        if (!TryAtom(t, i, out var atom) || !atom.Date.HasMonth) return false;
        finding = new DateFinding(t.Tokens[atom.First].Start, t.Tokens[atom.Last].End, atom.Date, atom.Date);
        last = atom.Last;
        return true;
    }

    private static bool TryRange(TokenText t, int i, out DateFinding finding, out int last)
    {
        finding = default;
        last = i;
        int start = i;
        bool between = t.Is(i, "between");
        if (between || t.Is(i, "from")) i++;
        if (i >= t.Count) return false;

        // The left end may lack what the right end supplies: `3` (to 7 March 2025), `28th April`, `Jan`, `2015`.
        Atom left;
        if (!TryAtom(t, i, out left) && !TryBareDay(t, i, out left) && !TryBareMonth(t, i, out left) && !TryBareYear(t, i, out left))
            return false;

        int c = left.Last + 1;
        if (c >= t.Count) return false;
        bool isAnd = t.Is(c, "and");
        if (!(isAnd || t.Is(c, "to") || t.Is(c, "through") || t.Is(c, "thru") || t.Is(c, "until") || t.Is(c, "till")
              || t.IsSymbol(c, "-–—")))
            return false;
        // `and` joins a range only after `between` or between two consecutive days (`14 and 15 May`).
        if (c + 1 >= t.Count) return false;

        Atom right;
        if (!TryAtom(t, c + 1, out right, afterDash: t.IsSymbol(c, "-–—")))
        {
            // `March 3 to 5`, `between May 2015 and 2018`.
            if (left.Date.Day is not null && left.Date.Month is not null && TryBareDay(t, c + 1, out right)) { }
            else if (left.Date.Month is not null && TryBareYear(t, c + 1, out right)) { }
            // `from March to May`: both months bare (checked below: full names after `from` or `between`).
            else if (left.Date.Month is not null && left.Date.Day is null && left.Date.Year is null && TryBareMonth(t, c + 1, out right)) { }
            else return false;
        }
        var hi = right.Date;
        var lo = left.Date;
        // A year alone is a date only as a range end opposite a month.
        if (lo.Month is null && hi.Month is null) return false;
        // Two bare months say no year: a span only after `from` or `between` and with their full names (`from March
        // to May`, `between January and August`), like a month alone after a time word; the bulletin gives the year.
        if (lo.Day is null && hi.Day is null && lo.Year is null && hi.Year is null
            && (!(t.Is(start, "from") || t.Is(start, "between")) || !IsFullMonthName(t, left.First) || !IsFullMonthName(t, right.First))) return false;
        if (hi.Month is null && hi.Day is not null) hi = hi with { Month = lo.Month };
        if (hi.Year is null && hi.Day is not null && lo.Year is not null) hi = hi with { Year = lo.Year };
        bool monthBorrowed = lo.Month is null && lo.Day is not null;
        // `on Tuesday 10 June and Wednesday 11 June`: each side names its own day and month, so two dates, not a span.
        if (isAnd && !between && !monthBorrowed && lo.Day is not null) return false;
        if (monthBorrowed) lo = lo with { Month = hi.Month };
        bool yearBorrowed = lo.Year is null && lo.Month is not null;
        if (yearBorrowed) lo = lo with { Year = hi.Year };

        // Check the order where both ends are known; a borrowed year may be one too late (`Nov-Feb 2017`).
        if (lo.Year is not null && hi.Year is not null)
        {
            if (!lo.TryFirstDay(out var a) || !hi.TryLastDay(out var b)) return false;
            if (a > b)
            {
                // `Between 5 and 3 May 2024` runs backwards: only a left end with its own month (`Nov-Feb 2017`) reaches back a year.
                if (!yearBorrowed || monthBorrowed) return false;
                lo = lo with { Year = lo.Year - 1 };
            }
            if (isAnd && !between && !(lo.Day is not null && hi.Day is not null && lo.TryFirstDay(out a) && a.AddDays(1) == b))
                return false;
        }
        else if (isAnd && !between && !(lo.Day is not null && hi.Day == lo.Day + 1 && lo.Month == hi.Month))
        {
            return false;
        }
        else if (lo.Month is int fm && hi.Month is int tm && (fm > tm || (fm == tm && lo.Day > hi.Day)))
        {
            return false;
        }

        finding = new DateFinding(t.Tokens[start].Start, t.Tokens[right.Last].End, lo, hi);
        last = right.Last;
        return true;
    }

    /// <summary>A date that stands on its own: a day with its month (and maybe year), or a month with its year.</summary>
    private static bool TryAtom(TokenText t, int i, out Atom atom, bool afterDash = false)
    {
        atom = default;
        if (i >= t.Count) return false;
        // `Friday 14 March 2025`, `monday, jan twenty two, 2018`.
        if (t.IsWord(i) && CalendarWords.IsWeekday(t.Span(i)))
        {
            // `Wednesday (7 February)`: the weekday is kept, the text is the date inside the parentheses.
            bool parenthesised = t.IsSymbol(i + 1, '(');
            int j = t.IsSymbol(i + 1, ',') || parenthesised ? i + 2 : i + 1;
            if (TryAtomCore(t, j, out atom) && atom.Date.Day is not null)
            {
                var weekday = CalendarWords.TryWeekday(t.Span(i), out var day) ? day : (DayOfWeek?)null;
                atom = atom with { First = parenthesised ? j : i, Date = atom.Date with { Weekday = weekday } };
                return true;
            }
            return false;
        }
        return TryAtomCore(t, i, out atom, afterDash);
    }

    private static bool TryAtomCore(TokenText t, int i, out Atom atom, bool afterDash = false) =>
        TryCompact(t, i, out atom, afterDash) || TryDayFirst(t, i, out atom) || TryMonthFirst(t, i, out atom)
        || TryMonthYear(t, i, out atom) || TryYearMonth(t, i, out atom);

    // `14 March 2025`, `21st May`, `the 4th of July, 1995`, `twenty second of June 2017`.
    private static bool TryDayFirst(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!TryDay(t, i, out int day, out int j)) return false;
        j++;
        if (t.Is(j, "of")) j++;
        if (!TryMonth(t, j, out int month, out j)) return false;
        int? year = TryYearAfter(t, j + 1, out int yearLast) ? ReadYear(t, yearLast) : null;
        if (year is null && UnreadableYearAfter(t, j + 1)) return false;
        atom = new Atom(i, year is null ? j : yearLast, new PartialDate(year, month, day));
        return true;
    }

    // `January 12, 2016`, `Dec. 31 , 1994`, `june the 28th 2020`, `May 21`.
    private static bool TryMonthFirst(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!TryMonth(t, i, out int month, out int j)) return false;
        if (!TryDay(t, j + 1, out int day, out j)) return false;
        int? year = TryYearAfter(t, j + 1, out int yearLast) ? ReadYear(t, yearLast) : null;
        if (year is null && UnreadableYearAfter(t, j + 1)) return false;
        atom = new Atom(i, year is null ? j : yearLast, new PartialDate(year, month, day));
        return true;
    }

    // `June 2022`, `june of 1992`, `November , 2016`.
    private static bool TryMonthYear(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!TryMonth(t, i, out int month, out int j)) return false;
        if (!TryYearAfter(t, j + 1, out int yearLast)) return false;
        atom = new Atom(i, yearLast, new PartialDate(ReadYear(t, yearLast), month, null));
        return true;
    }

    // `2016 June`, `2016, nov` (but not `2016 June 5`, whose day belongs to the month).
    private static bool TryYearMonth(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!IsYear(t, i)) return false;
        int j = t.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if (!TryMonth(t, j, out int month, out int last)) return false;
        if (TryDay(t, last + 1, out _, out _)) return false;
        atom = new Atom(i, last, new PartialDate(ReadYear(t, i), month, null));
        return true;
    }

    /// <summary>Touching components joined by <c>-</c> or <c>/</c>: <c>2025-03-14</c>, <c>05-Aug-2016</c>, <c>Dec/2018</c>, <c>22/01/2016</c>.</summary>
    private static bool TryCompact(TokenText t, int i, out Atom atom, bool afterDash)
    {
        atom = default;
        if (!afterDash && i > 0 && t.Touches(i) && t.IsSymbol(i - 1, "-/.")) return false;
        Span<int> parts = stackalloc int[3];
        int count = 0, j = i;
        char separator = '\0';
        while (count < 3 && j < t.Count && (t.IsNumber(j) || t.IsWord(j)) && (count == 0 || t.Touches(j)))
        {
            parts[count++] = j;
            if (j + 2 < t.Count && t.IsSymbol(j + 1, "-/.") && t.Touches(j + 1) && t.Touches(j + 2)
                && (separator == '\0' || t.Text[t.Tokens[j + 1].Start] == separator) && count < 3)
            {
                separator = t.Text[t.Tokens[j + 1].Start];
                j += 2;
            }
            else break;
        }
        if (count < 2) return false;
        int lastPart = parts[count - 1];
        // Part of something longer (a phone number, a reference, an IP address), except a range dash (`Dec/2018-May/2019`).
        int after = lastPart + 1;
        if (after < t.Count && t.Touches(after)
            && (t.IsNumber(after) || t.IsWord(after) || t.IsSymbol(after, "/.") && t.Touches(after + 1)
                || t.IsSymbol(after, '-') && t.IsNumber(after + 1) && t.Touches(after + 1)))
            return false;

        int? year = null, month = null, day = null;
        int monthWords = 0;
        var numbers = new List<int>(3);
        for (int k = 0; k < count; k++)
        {
            int p = parts[k];
            if (t.IsWord(p))
            {
                if (!CalendarWords.TryMonth(t.Span(p), out int m)) return false;
                month = m;
                monthWords++;
            }
            else if (t.Tokens[p].Length == 4) { if (year is not null) return false; year = ReadYear(t, p); }
            else if (t.Tokens[p].Length <= 2) numbers.Add(int.Parse(t.Span(p)));
            else return false;
        }
        if (monthWords > 1 || year is null) return false;
        if (monthWords == 1)
        {
            if (separator == '.') return false;
            if (numbers.Count > 1) return false;
            if (numbers.Count == 1) day = numbers[0];
        }
        else
        {
            if (count != 3 || numbers.Count != 2) return false;
            // ISO `yyyy-mm-dd`; otherwise day first as Europe writes it, unless the first can only be a month.
            bool isoOrder = t.Tokens[parts[0]].Length == 4;
            if (isoOrder) { month = numbers[0]; day = numbers[1]; }
            else if (numbers[1] > 12) { month = numbers[0]; day = numbers[1]; }
            else { day = numbers[0]; month = numbers[1]; }
        }
        var date = new PartialDate(year, month, day);
        if (!date.TryFirstDay(out _)) return false;
        atom = new Atom(i, lastPart, date);
        return true;
    }

    private static bool TryBareDay(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!TryDay(t, i, out int day, out int last)) return false;
        atom = new Atom(i, last, new PartialDate(null, null, day));
        return true;
    }

    private static bool TryBareMonth(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!TryMonth(t, i, out int month, out int last)) return false;
        atom = new Atom(i, last, new PartialDate(null, month, null));
        return true;
    }

    private static bool TryBareYear(TokenText t, int i, out Atom atom)
    {
        atom = default;
        if (!IsYear(t, i)) return false;
        atom = new Atom(i, i, new PartialDate(ReadYear(t, i), null, null));
        return true;
    }

    /// <summary>A day of the month: <c>14</c>, <c>21st</c>, <c>the 28th</c>, <c>first</c>, <c>twenty-second</c>, <c>twenty two</c>.</summary>
    private static bool TryDay(TokenText t, int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (t.Is(i, "the")) i++;
        if (i >= t.Count) return false;
        if (t.IsNumber(i))
        {
            if (t.Tokens[i].Length > 2 || (i > 0 && t.Touches(i) && (t.IsWord(i - 1) || t.IsNumber(i - 1)))) return false;
            // The decimals of a figure (`6,107.31 August`) are no day.
            if (i > 1 && t.Touches(i) && t.IsSymbol(i - 1, ".,") && t.Touches(i - 1) && t.IsNumber(i - 2)) return false;
            day = int.Parse(t.Span(i));
            last = i;
            if (i + 1 < t.Count && t.Touches(i + 1))
            {
                if (t.IsWord(i + 1))
                {
                    if (!NumberWords.IsDigitSuffix(t.Span(i + 1))) return false;
                    last = i + 1;
                }
                else if (t.IsSymbol(i + 1, '.') && t.IsNumber(i + 2) && t.Touches(i + 2)) return false;
                // `16. Nov. 2016`: the dot of a day written as an ordinal.
                else if (t.IsSymbol(i + 1, '.') && t.IsWord(i + 2) && CalendarWords.TryMonth(t.Span(i + 2), out _)) last = i + 1;
            }
            return day is >= 1 and <= 31;
        }
        if (!t.IsWord(i)) return false;
        if (NumberWords.TryOrdinal(t.Span(i), out day)) { last = i; return true; }
        if (NumberWords.TryTens(t.Span(i), out int tens) && tens is 20 or 30)
        {
            int j = t.IsSymbol(i + 1, "-‐") ? i + 2 : i + 1;
            if (j < t.Count && t.IsWord(j) && (NumberWords.TryOrdinal(t.Span(j), out int unit) || NumberWords.TryUnit(t.Span(j), out unit)) && unit is >= 1 and <= 9)
            {
                day = tens + unit;
                last = j;
                return day <= 31;
            }
        }
        return false;
    }

    private static bool TryMonth(TokenText t, int i, out int month, out int last)
    {
        month = 0;
        last = i;
        if (!t.IsWord(i) || !CalendarWords.TryMonth(t.Span(i), out month)) return false;
        // A month glued to letters or digits is part of another word (`Mayor`, `Jan2`).
        if (t.Touches(i) && (t.IsWord(i - 1) || t.IsNumber(i - 1))) return false;
        // `Nov.` and `Dec.` keep their dot; a full name followed by a dot ends a sentence.
        if (t.Tokens[i].Length <= 4 && !t.Span(i).Equals("May", StringComparison.OrdinalIgnoreCase)
            && !t.Span(i).Equals("June", StringComparison.OrdinalIgnoreCase) && !t.Span(i).Equals("July", StringComparison.OrdinalIgnoreCase)
            && t.IsSymbol(i + 1, '.') && t.Touches(i + 1))
            last = i + 1;
        return true;
    }

    /// <summary>An optional comma and <c>of</c>/<c>in</c>, then a four-digit year.</summary>
    private static bool TryYearAfter(TokenText t, int i, out int yearIndex)
    {
        yearIndex = i;
        if (t.IsSymbol(i, ',')) i++;
        if (t.Is(i, "of") || t.Is(i, "in")) i++;
        if (!IsYear(t, i)) return false;
        yearIndex = i;
        return true;
    }

    /// <summary>
    /// `1 January 99999`: digits where the year stands, too long to be one. The text names a year
    /// this reader cannot take, so it is no date, rather than a date in a year the text never said.
    /// </summary>
    private static bool UnreadableYearAfter(TokenText t, int i)
    {
        if (t.IsSymbol(i, ',')) i++;
        return i < t.Count && t.IsNumber(i) && t.Tokens[i].Length > 4
            && !(i + 2 < t.Count && t.Touches(i + 1) && t.IsSymbol(i + 1, ",.") && t.Touches(i + 2) && t.IsNumber(i + 2));
    }

    private static bool IsYear(TokenText t, int i)
    {
        if (!t.IsNumber(i) || t.Tokens[i].Length != 4) return false;
        if (i > 0 && t.Touches(i) && (t.IsWord(i - 1) || t.IsNumber(i - 1))) return false;
        if (i + 1 < t.Count && t.Touches(i + 1) && t.IsWord(i + 1)) return false;
        // `2,000` or `2023.5` are numbers, not years.
        if (i + 2 < t.Count && t.Touches(i + 1) && t.IsSymbol(i + 1, ",.") && t.Touches(i + 2) && t.IsNumber(i + 2)) return false;
        int year = ReadYear(t, i);
        return year is >= 1000 and <= 2999;
    }

    private static int ReadYear(TokenText t, int i) => int.Parse(t.Span(i));
}
