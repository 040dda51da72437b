using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Bulletins.Collections;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// The run-time side of the schema's patterns: what the generated classifier and the
/// <c>extract: pattern</c> and <c>extract: flag</c> fields call. A pattern runs on each piece of its
/// scope separately (the title, one paragraph), never on the pieces glued together.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class PatternExtractor
{
    /// <summary>
    /// The match timeout of every schema pattern. The non-backtracking engine is linear in the input
    /// and the reader bounds a paragraph (4 Mi characters), so this is a guard against pathological
    /// sizes, not against catastrophic backtracking. It is wall-clock time: at 2 s, a loaded machine
    /// (load average 20 on 2 cores) timed out ordinary matches, and the article lost its kind and
    /// fields to a BLT012 problem; 30 s keeps the guard without that.
    /// </summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(30);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>
    /// The regex of a schema pattern (non-backtracking, culture-invariant, <see cref="MatchTimeout"/>), built once per
    /// process for each text: a named pattern and the rule or field that reads it (<c>{use: name}</c>) share one
    /// regex, since building a non-backtracking regex costs megabytes of garbage (a race may build two equal ones,
    /// which is harmless). For generated code and <see cref="SchemaPattern"/>: the texts are the schema's, so the
    /// cache is as small as the schema.
    /// </summary>
    /// <param name="pattern">The regex as the schema writes it (checked by the generator).</param>
    /// <returns>The shared regex for that text.</returns>
    public static Regex Compile(string pattern) =>
        Compiled.GetOrAdd(pattern, static text => new Regex(text, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout));

    /// <summary>Parses the text of a match into a field's type.</summary>
    public delegate bool ValueParser<T>(string text, out T value);

    /// <summary>The pieces of text <paramref name="scope"/> covers, in article order.</summary>
    public static IEnumerable<string> Texts(ExtractionContext context, TextScope scope)
    {
        var draft = context.Draft;
        switch (scope)
        {
            case TextScope.Title:
                yield return draft.Title;
                break;
            case TextScope.Source:
                yield return draft.Source;
                break;
            case TextScope.Opening:
                if (draft.Paragraphs.Count > 0) yield return draft.Paragraphs[0].Text;
                break;
            case TextScope.Closing:
                if (draft.Paragraphs.Count > 0) yield return draft.Paragraphs[^1].Text;
                break;
            case TextScope.All:
                yield return draft.Title;
                foreach (var paragraph in draft.Paragraphs) yield return paragraph.Text;
                break;
            default:
                foreach (var paragraph in draft.Paragraphs) yield return paragraph.Text;
                break;
        }
    }

    /// <summary>True when <paramref name="pattern"/> matches some piece of <paramref name="scope"/>.</summary>
    /// <remarks>
    /// The classifier calls this for every rule of every article, so it walks the pieces itself
    /// rather than through <see cref="Texts"/>, whose enumerator would be an allocation per call.
    /// </remarks>
    public static bool IsMatch(ExtractionContext context, TextScope scope, Regex pattern)
    {
        var draft = context.Draft;
        var paragraphs = draft.Paragraphs;
        switch (scope)
        {
            case TextScope.Title:
                return pattern.IsMatch(draft.Title);
            case TextScope.Source:
                return pattern.IsMatch(draft.Source);
            case TextScope.Opening:
                return paragraphs.Count > 0 && pattern.IsMatch(paragraphs[0].Text);
            case TextScope.Closing:
                return paragraphs.Count > 0 && pattern.IsMatch(paragraphs[^1].Text);
            case TextScope.All:
                if (pattern.IsMatch(draft.Title)) return true;
                goto default;
            default:
                for (int i = 0; i < paragraphs.Count; i++)
                {
                    if (pattern.IsMatch(paragraphs[i].Text)) return true;
                }
                return false;
        }
    }

    /// <summary>
    /// The same, with a prefilter the generator derived from the pattern: strings of which every
    /// match holds one. A piece holding none of them cannot match and is skipped after one
    /// vectorised search, several times faster than the regex engine walking the text.
    /// </summary>
    public static bool IsMatch(ExtractionContext context, TextScope scope, Regex pattern, SearchValues<string> literals) =>
        IsMatch(context, scope, pattern, literals, int.MaxValue);

    /// <summary>
    /// The same, for a pattern whose every match starts the text and is at most <paramref name="window"/> characters
    /// long (the generator finds it so: <c>^(good morning|dear |...)</c>): a literal of a match lies within that many
    /// first characters, so only they are searched, not the whole paragraph.
    /// </summary>
    public static bool IsMatch(ExtractionContext context, TextScope scope, Regex pattern, SearchValues<string> literals, int window)
    {
        var draft = context.Draft;
        var paragraphs = draft.Paragraphs;
        switch (scope)
        {
            case TextScope.Title:
                return Matches(draft.Title, pattern, literals, window);
            case TextScope.Source:
                return Matches(draft.Source, pattern, literals, window);
            case TextScope.Opening:
                return paragraphs.Count > 0 && Matches(paragraphs[0].Text, pattern, literals, window);
            case TextScope.Closing:
                return paragraphs.Count > 0 && Matches(paragraphs[^1].Text, pattern, literals, window);
            case TextScope.All:
                if (Matches(draft.Title, pattern, literals, window)) return true;
                goto default;
            default:
                for (int i = 0; i < paragraphs.Count; i++)
                {
                    if (Matches(paragraphs[i].Text, pattern, literals, window)) return true;
                }
                return false;
        }
    }

    private static bool Matches(string text, Regex pattern, SearchValues<string> literals, int window) =>
        text.AsSpan(0, Math.Min(text.Length, window)).ContainsAny(literals) && pattern.IsMatch(text);

    /// <summary>The first match's value (the group named <c>value</c> if the pattern has one, else the whole match), or null.</summary>
    public static string? FirstText(ExtractionContext context, TextScope scope, Regex pattern)
    {
        foreach (var value in Values(context, scope, pattern)) return value;
        return null;
    }

    /// <summary>Every match's value, once each, in order.</summary>
    public static IReadOnlyList<string> AllTexts(ExtractionContext context, TextScope scope, Regex pattern) =>
        ValueList.FromArray(Values(context, scope, pattern).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>The first match whose value parses, or null.</summary>
    public static T? FirstValue<T>(ExtractionContext context, TextScope scope, Regex pattern, ValueParser<T> parse)
        where T : struct
    {
        foreach (var text in Values(context, scope, pattern))
        {
            if (parse(text, out var value)) return value;
        }
        return null;
    }

    /// <summary>Every match whose value parses, once each, in order.</summary>
    public static IReadOnlyList<T> AllValues<T>(ExtractionContext context, TextScope scope, Regex pattern, ValueParser<T> parse)
    {
        var seen = new HashSet<T>();
        var values = new List<T>();
        foreach (var text in Values(context, scope, pattern))
        {
            if (parse(text, out var value) && seen.Add(value)) values.Add(value);
        }
        return ValueList.FromArray(values.ToArray());
    }

    /// <summary>
    /// False when <paramref name="whenFalse"/> matches (checked first: "no media opportunity" also
    /// contains "media opportunity"), true when <paramref name="whenTrue"/> matches, else null.
    /// </summary>
    public static bool? Flag(ExtractionContext context, TextScope scope, Regex? whenTrue, Regex? whenFalse)
    {
        if (whenFalse is not null && IsMatch(context, scope, whenFalse)) return false;
        if (whenTrue is not null && IsMatch(context, scope, whenTrue)) return true;
        return null;
    }

    // The parsers a generated pattern field uses for its captured text: invariant culture, and the
    // thin and no-break spaces some bulletins group digits with count as the thousands separator.

    /// <summary>Parses captured text as an <see cref="int"/>, with an optional sign and thousands separators (commas or spaces).</summary>
    /// <returns>False when the text is not such a number or does not fit.</returns>
    public static bool TryParseInt32(string text, out int value) =>
        int.TryParse(Digits(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses captured text as a <see cref="long"/>, with an optional sign and thousands separators (commas or spaces).</summary>
    /// <returns>False when the text is not such a number or does not fit.</returns>
    public static bool TryParseInt64(string text, out long value) =>
        long.TryParse(Digits(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses captured text as a <see cref="decimal"/>: sign, thousands separators and a <c>.</c> decimal point.</summary>
    /// <returns>False when the text is not such a number.</returns>
    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(Digits(text), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses captured text as a <see cref="double"/>: sign, thousands separators, a <c>.</c> decimal point and an exponent.</summary>
    /// <returns>False when the text is not such a number.</returns>
    public static bool TryParseDouble(string text, out double value) =>
        double.TryParse(Digits(text), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses captured text as a flag: <c>true</c> or <c>yes</c>, <c>false</c> or <c>no</c>, in any case.</summary>
    /// <returns>False for any other text (<paramref name="value"/> is then false).</returns>
    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes":
                value = true;
                return true;
            case "false" or "no":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "dd/MM/yyyy"];

    /// <summary>
    /// Parses captured text as a day in one of the forms bulletins write: <c>2024-03-05</c>,
    /// <c>5 March 2024</c>, <c>5 Mar 2024</c>, <c>March 5, 2024</c>, <c>March 5 2024</c>, <c>05/03/2024</c> (day first).
    /// </summary>
    /// <returns>False for any other text.</returns>
    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(Spaces(text).Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);

    private static IEnumerable<string> Values(ExtractionContext context, TextScope scope, Regex pattern)
    {
        int valueGroup = pattern.GroupNumberFromName("value");
        foreach (var text in Texts(context, scope))
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var group = valueGroup >= 0 ? match.Groups[valueGroup] : match;
                if (group.Success) yield return group.Value;
            }
        }
    }

    /// <summary>Numbers in bulletins group digits with spaces (<c>240 000</c>), including no-break ones.</summary>
    private static string Digits(string text) => Spaces(text).Replace(" ", "", StringComparison.Ordinal).Trim();

    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ');
}
