using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Dates;

/// <summary>
/// The dates of an article: every expression <see cref="DateGrammar"/> finds in the title and body,
/// with missing years filled in, once per distinct range.
/// </summary>
/// <remarks>
/// A day without a year (<c>indicted on 2 February</c>) takes the year of the nearest full date before
/// it in the article, else the first one after it, else the bulletin's year; with none of these it is
/// left out, since a date without a year cannot be stated.
/// </remarks>
internal static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(IEnumerable<TextSegment> segments, int? bulletinYear)
    {
        var findings = new List<(string Text, DateFinding Finding)>();
        foreach (var segment in segments)
        {
            foreach (var finding in DateGrammar.Find(segment.Text, () => segment.Tokens)) findings.Add((segment.Text, finding));
        }
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
            int? year = finding.HasOwnYear ? null : before[i] ?? after[i] ?? bulletinYear;
            var from = finding.From.Year is null ? finding.From with { Year = year } : finding.From;
            var to = finding.To.Year is null ? finding.To with { Year = year } : finding.To;
            if (!from.TryFirstDay(out var start) || !to.TryLastDay(out var end) || start > end) continue;
            if (!seen.Add((start, end))) continue;
            mentions.Add(new DateMention(text[finding.TextStart..finding.TextEnd], start, end));
        }
        return ValueList.FromArray(mentions.ToArray());
    }

    /// <summary>Convenience for one text: its dates, with <paramref name="defaultYear"/> for days without one.</summary>
    public static IReadOnlyList<DateMention> Extract(string text, int? defaultYear = null) =>
        Extract([new TextSegment(text, 1, IsTitle: false)], defaultYear);
}
