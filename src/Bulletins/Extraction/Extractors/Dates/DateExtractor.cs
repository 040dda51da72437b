using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Extractors.Dates;

/// <summary>
/// The dates of an article: every expression <see cref="DateGrammar"/> finds in the title and body,
/// with missing years filled in, once per distinct range.
/// </summary>
/// <remarks>
/// A day without a year (<c>indicted on 2 February</c>) belongs to the bulletin's time: when the bulletin's
/// latest full date is known (<c>bulletinDate</c>, which the reader may take from a few articles
/// ahead), it takes the year that puts it nearest that date, since releases report what just happened or
/// is about to; a weekday with it (<c>Friday 13 December</c>) picks, among the neighbouring years, the one
/// in which that day is that weekday. Without a bulletin date, the year of the nearest full date before it
/// in the article, else the first one after it, else the bulletin's year; with none of these it is left
/// out, since a date without a year cannot be stated.
/// </remarks>
internal static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(IEnumerable<TextSegment> segments, int? bulletinYear, DateOnly? bulletinDate = null) =>
        FromFindings(Find(segments), bulletinYear, bulletinDate);

    /// <summary>
    /// The dates, and the latest full date the text gives (<see cref="Survey(IEnumerable{TextSegment})"/>'s), from one pass of the
    /// grammar: the reader needs both for every article.
    /// </summary>
    public static (IReadOnlyList<DateMention> Dates, DateOnly? Latest) ExtractAndSurvey(IEnumerable<TextSegment> segments, int? bulletinYear, DateOnly? bulletinDate)
    {
        var findings = Find(segments);
        return (FromFindings(findings, bulletinYear, bulletinDate), Survey(findings).Latest);
    }

    /// <summary><see cref="Survey(IEnumerable{TextSegment})"/> over findings already made.</summary>
    public static (DateOnly? Latest, bool NeedsYear) Survey(List<(string Text, DateFinding Finding)> findings)
    {
        DateOnly? latest = null;
        bool needsYear = false;
        foreach (var (_, finding) in findings)
        {
            if (!finding.HasOwnYear) needsYear = true;
            else Survey(finding, ref latest);
        }
        return (latest, needsYear);
    }

    /// <summary>Every date expression of the segments, with the text it is in: the grammar's one pass, which needs no state of the bulletin.</summary>
    public static List<(string Text, DateFinding Finding)> Find(IEnumerable<TextSegment> segments)
    {
        var findings = new List<(string Text, DateFinding Finding)>();
        foreach (var segment in segments)
        {
            foreach (var finding in DateGrammar.Find(segment.Text, () => segment.Tokens)) findings.Add((segment.Text, finding));
        }
        return findings;
    }

    /// <summary>The dates from findings already made, years filled in from the bulletin's state.</summary>
    public static IReadOnlyList<DateMention> FromFindings(List<(string Text, DateFinding Finding)> findings, int? bulletinYear, DateOnly? bulletinDate)
    {
        if (findings.Count == 0) return ValueList<DateMention>.Empty;

        // The year of the nearest full date before each finding, and after it, in two linear passes.
        var before = new int?[findings.Count];
        var after = new int?[findings.Count];
        int? running = null;
        for (int i = 0; i < findings.Count; i++)
        {
            before[i] = running;
            if (findings[i].Finding.HasOwnYear) running = findings[i].Finding.To.Year;
        }
        running = null;
        for (int i = findings.Count - 1; i >= 0; i--)
        {
            after[i] = running;
            if (findings[i].Finding.HasOwnYear) running = findings[i].Finding.From.Year;
        }

        var mentions = new List<DateMention>(findings.Count);
        var seen = new HashSet<(DateOnly, DateOnly)>();
        for (int i = 0; i < findings.Count; i++)
        {
            var (text, finding) = findings[i];
            int? year = finding.HasOwnYear ? null : YearFor(finding.From, bulletinDate, before[i] ?? after[i] ?? bulletinYear);
            var from = finding.From.Year is null ? finding.From with { Year = year } : finding.From;
            var to = finding.To.Year is null ? finding.To with { Year = year } : finding.To;
            if (!from.TryFirstDay(out var start) || !to.TryLastDay(out var end) || start > end) continue;
            if (!seen.Add((start, end))) continue;
            mentions.Add(new DateMention(text[finding.TextStart..finding.TextEnd], start, end));
        }
        return ValueList.FromArray(mentions.ToArray());
    }

    /// <summary>
    /// The year for a day and month without one: nearest the bulletin's date when known, else
    /// <paramref name="fallback"/>; with a weekday, the nearest year (of the three around) in which it falls on that weekday.
    /// </summary>
    private static int? YearFor(PartialDate date, DateOnly? bulletinDate, int? fallback)
    {
        if (date.Month is not int month) return bulletinDate?.Year ?? fallback;
        if (date.Day is not int day)
        {
            // `in July` is the bulletin's July (the next one when the sentence speaks ahead and the bulletin is past
            // July); `last July` the one before the bulletin's month, `next July` the one after.
            if (bulletinDate is not { } now) return fallback;
            return date.Relative switch
            {
                < 0 => month < now.Month ? now.Year : now.Year - 1,
                > 0 => month > now.Month ? now.Year : now.Year + 1,
                _ => date.Ahead && month < now.Month ? now.Year + 1 : now.Year,
            };
        }
        int? centre = bulletinDate?.Year ?? fallback;
        if (centre is not int middle) return null;
        int? best = null;
        int bestDistance = int.MaxValue;
        bool bestWeekday = false;
        for (int year = middle - 1; year <= middle + 1; year++)
        {
            if (year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            bool weekday = date.Weekday is { } w && candidate.DayOfWeek == w;
            // Without a bulletin date the fallback year is taken as it is, unless a weekday says otherwise.
            int distance = bulletinDate is { } reference ? Math.Abs(candidate.DayNumber - reference.DayNumber) : Math.Abs(year - middle);
            if (date.Weekday is not null && weekday != bestWeekday ? weekday : distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
                bestWeekday = weekday;
            }
        }
        return best ?? centre;
    }

    /// <summary>
    /// The latest date the text gives in full (day, month and year), or null: the time a release speaks
    /// from; and whether it has a day without a year, which needs that time.
    /// </summary>
    public static (DateOnly? Latest, bool NeedsYear) Survey(IEnumerable<TextSegment> segments)
    {
        DateOnly? latest = null;
        bool needsYear = false;
        foreach (var segment in segments)
        {
            foreach (var finding in DateGrammar.Find(segment.Text, () => segment.Tokens))
            {
                if (!finding.HasOwnYear) needsYear = true;
                else Survey(finding, ref latest);
            }
        }
        return (latest, needsYear);
    }

    private static void Survey(DateFinding finding, ref DateOnly? latest)
    {
        if (finding.HasOwnYear && finding.To.Day is not null && finding.To.TryLastDay(out var day) && (latest is null || day > latest)) latest = day;
    }

    /// <summary>Convenience for one text: its dates, with <paramref name="defaultYear"/> for days without one.</summary>
    public static IReadOnlyList<DateMention> Extract(string text, int? defaultYear = null) =>
        Extract([new TextSegment(text, 1, IsTitle: false)], defaultYear);
}
