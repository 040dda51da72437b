using System.Text.RegularExpressions;
using Bulletins.Collections;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// The programme of a media advisory: one entry per line that starts with a clock time
/// (`09:30 (CET) Arrival of the Secretary General`, `14.00 – Press conference`, `9h30 Doorstep`, `2.30 p.m. Visit`,
/// `10:00-11:00 CEST: Meeting`), in the order given. The time is normalised to `HH:mm`; the zone is
/// the one the line names, else the one a line such as `All times are CET` names for all, else null.
/// </summary>
public static class ScheduleExtractor
{
    /// <summary>
    /// The schema's wording of a programme line up to its event's first character (<c>patterns: programmeLine</c>,
    /// which the media advisory's rule uses too); the event is the rest of the line.
    /// </summary>
    internal static SchemaPattern Entry => ArticlePatterns.ProgrammeLine;

    /// <summary>
    /// An event runs to the line's end, at most this long: its first character and 500 more (a longer line is prose,
    /// not a programme). A C# bound, not the pattern's: a bounded repetition to the line's end is what makes the
    /// non-backtracking engine build the most states.
    /// </summary>
    private const int MaxEvent = 501;

    /// <summary>The characters <see cref="Entry"/> allows before the hour (at most six of them).</summary>
    private const string Leaders = " \t\u00A0•*-–";

    /// <summary>
    /// The cheap half of <see cref="Entry"/>: after at most six leaders an entry starts with a clock time, one or
    /// two digits (any decimal digit, as the regex's <c>\d</c>), a separator, a digit; other lines never reach the regex.
    /// </summary>
    internal static bool StartsWithClock(ReadOnlySpan<char> line)
    {
        int h = line.IndexOfAnyExcept(Leaders);
        if (h is < 0 or > 6 || !IsDigitAt(line, h)) return false;
        int separator = IsDigitAt(line, h + 1) ? h + 2 : h + 1;
        return separator < line.Length && line[separator] is ':' or '.' or 'h' && IsDigitAt(line, separator + 1);
    }

    private static bool IsDigitAt(ReadOnlySpan<char> line, int index) => index < line.Length && char.IsDigit(line[index]);

    /// <summary>The article's programme, one entry per timed line, in the order given.</summary>
    /// <param name="context">The article being extracted.</param>
    /// <returns>The entries; empty when no line starts with a clock time.</returns>
    public static IReadOnlyList<ScheduleEntry> Extract(ExtractionContext context)
    {
        List<(string Time, string? Zone, string Event)>? entries = null;
        string? defaultZone = null;
        foreach (var paragraph in context.Draft.Paragraphs)
        {
            string text = paragraph.Text;
            if (defaultZone is null && ArticlePatterns.ProgrammeTimeZone.Match(text) is { Success: true } all)
                defaultZone = all.Groups["zone"].Value;
            if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            for (int start = 0; start <= text.Length;)
            {
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline;
                var line = text.AsSpan(start, end - start);
                start = end + 1;
                if (!StartsWithClock(line)) continue;
                string trimmed = line.TrimEnd().ToString();
                var match = Entry.Regex.Match(trimmed);
                if (!match.Success) continue;
                int eventStart = match.Groups["event"].Index;
                if (trimmed.Length - eventStart > MaxEvent) continue;
                int hour = int.Parse(match.Groups["h"].Value);
                // `2.30 p.m.` is 14:30; `12.15 a.m.` is 00:15.
                if (match.Groups["ampm"].Success && hour <= 12)
                    hour = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p' ? hour % 12 + 12 : hour % 12;
                string time = $"{hour:00}:{match.Groups["m"].Value}";
                string? zone = match.Groups["zone"].Success ? match.Groups["zone"].Value.Trim() : null;
                (entries ??= []).Add((time, zone, trimmed[eventStart..].Trim()));
            }
        }
        if (entries is null) return ValueList<ScheduleEntry>.Empty;
        return ValueList.FromArray(entries.Select(e => new ScheduleEntry { Time = e.Time, TimeZone = e.Zone ?? defaultZone, Event = e.Event }).ToArray());
    }
}
