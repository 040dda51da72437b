using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulletins.Writing;

namespace Bulletins.Tests.HeldBack;

/// <summary>What one field scored: list items a reader listed, items extraction found, and the pairs.</summary>
internal sealed class FieldTally(string field)
{
    public string Field { get; } = field;
    public int Listed { get; private set; }
    public int Found { get; private set; }
    public int Hits { get; private set; }
    public List<string> Missed { get; } = [];
    public List<string> FalseFinds { get; } = [];

    public double Recall => Listed == 0 ? 1 : (double)Hits / Listed;
    public double FalseFindRate => Found == 0 ? 0 : (double)(Found - Hits) / Found;

    public void Add(string where, int listed, int found, int hits, IEnumerable<string> missed, IEnumerable<string> falseFinds)
    {
        Listed += listed;
        Found += found;
        Hits += hits;
        Missed.AddRange(missed.Select(m => $"{where}: {m}"));
        FalseFinds.AddRange(falseFinds.Select(f => $"{where}: {f}"));
    }
}

/// <summary>
/// Scores extraction against bulletins annotated by a reader who had not seen the extraction code
/// (<c>heldback_*.txt</c> beside <c>heldback_*.expected.json</c>; the rules are in this folder's
/// README). It compares the JSON Lines export, the contract users see, not the C# records.
/// </summary>
internal sealed class HeldBackScorer
{
    /// <summary>The fields scored, in report order; <c>kind</c> is scored per article, the rest per list item.</summary>
    public static readonly string[] Fields =
        ["kind", "people", "countries", "dates", "money", "quotes", "arrests", "operation", "authorities",
         "speakers", "schedule", "mediaOpportunity", "handles"];

    private static readonly HashSet<string> BaseMentionFields = ["people", "countries", "dates", "money", "quotes"];

    private readonly Dictionary<string, FieldTally> _tallies = Fields.ToDictionary(f => f, f => new FieldTally(f));

    public IReadOnlyList<FieldTally> Tallies => Fields.Select(f => _tallies[f]).ToList();
    public List<string> ArticleMismatches { get; } = [];
    public int ArticlesListed { get; private set; }

    public FieldTally Tally(string field) => _tallies[field];

    /// <summary>Every field but kind, taken together.</summary>
    public (int Listed, int Found, int Hits) ItemTotals =>
        Tallies.Where(t => t.Field != "kind").Aggregate((0, 0, 0), (s, t) => (s.Item1 + t.Listed, s.Item2 + t.Found, s.Item3 + t.Hits));

    public static string ExportJsonLines(string bulletinPath)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, text))
        {
            foreach (var article in Bulletin.Read(bulletinPath)) writer.Write(article);
        }
        return text.ToString();
    }

    public void ScoreBulletin(string bulletinPath, string expectedPath)
    {
        var name = Path.GetFileNameWithoutExtension(bulletinPath);
        var found = ExportJsonLines(bulletinPath)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        using var expectedDocument = JsonDocument.Parse(File.ReadAllText(expectedPath));
        ScoreArticles(name, expectedDocument.RootElement.EnumerateArray().ToList(), found);
    }

    /// <summary>Pairs articles by title (first unpaired one of that title), then scores each field of each pair.</summary>
    public void ScoreArticles(string bulletin, IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> found)
    {
        var assigned = ItemMatcher.Assign(expected, found,
            (e, f) => ItemMatcher.Normalise(Text(e, "title")) == ItemMatcher.Normalise(Text(f, "title")));
        for (var e = 0; e < expected.Count; e++)
        {
            ArticlesListed++;
            var where = $"{bulletin} «{Text(expected[e], "title")}»";
            JsonElement? match = assigned[e] >= 0 ? found[assigned[e]] : null;
            if (match is null) ArticleMismatches.Add($"{where}: not read as an article of that title");
            foreach (var field in Fields) ScoreField(where, field, expected[e], match);
        }
        var paired = new HashSet<int>(assigned.Where(static i => i >= 0));
        for (var f = 0; f < found.Count; f++)
        {
            if (paired.Contains(f)) continue;
            var where = $"{bulletin} «{Text(found[f], "title")}»";
            ArticleMismatches.Add($"{where}: read as an article the reader did not list");
            foreach (var field in Fields.Where(static x => x != "kind")) ScoreField(where, field, null, found[f]);
        }
    }

    private void ScoreField(string where, string field, JsonElement? expected, JsonElement? found)
    {
        if (field == "kind")
        {
            var listed = Text(expected!.Value, "kind");
            var read = found is { } f ? Text(f, "kind") : null;
            var hit = listed == read;
            _tallies[field].Add(where, 1, read is null ? 0 : 1, hit ? 1 : 0,
                hit ? [] : [listed ?? "?"], hit || read is null ? [] : [read]);
            return;
        }
        var isBase = BaseMentionFields.Contains(field);
        var expectedItems = expected is { } e && (isBase || e.TryGetProperty(field, out _)) ? Items(field, e) : [];
        var foundItems = found is { } g ? Items(field, g) : [];
        var (missed, falseFinds, hits) = ItemMatcher.Pair(expectedItems, foundItems, (x, y) => x.Matches(y));
        _tallies[field].Add(where, expectedItems.Count, foundItems.Count, hits,
            missed.Select(m => m.Shown), falseFinds.Select(x => x.Shown));
    }

    /// <summary>One list item of a field: how it is shown in a report, and how it matches another.</summary>
    internal sealed record Item(string Key, string Shown, string? QuotePrefix = null)
    {
        /// <summary>Quotes match when the found text starts as the reader's did and the speaker is the same.</summary>
        public bool Matches(Item other) => Key == other.Key
            && (QuotePrefix is null || other.QuotePrefix is null
                || other.QuotePrefix.StartsWith(QuotePrefix, StringComparison.Ordinal)
                || QuotePrefix.StartsWith(other.QuotePrefix, StringComparison.Ordinal));
    }

    internal static List<Item> Items(string field, JsonElement article)
    {
        if (!article.TryGetProperty(field, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return [];
        return field switch
        {
            "people" => value.EnumerateArray().Select(p => Named(Text(p, "name"))).ToList(),
            "countries" or "speakers" or "handles" => value.EnumerateArray().Select(s => Named(s.GetString())).ToList(),
            "dates" => value.EnumerateArray().Select(d => Plain($"{Text(d, "start")}..{Text(d, "end")}")).ToList(),
            "money" => value.EnumerateArray().Select(m => Plain($"{Amount(m)} {Text(m, "currency")?.ToUpperInvariant()}")).ToList(),
            "quotes" => value.EnumerateArray().Select(Quote).ToList(),
            "schedule" => value.EnumerateArray().Select(s => Plain(
                $"{Text(s, "time")} ({ItemMatcher.Normalise(Text(s, "timeZone"))}) {ItemMatcher.Normalise(Text(s, "event"))}")).ToList(),
            "authorities" => value.EnumerateObject()
                .SelectMany(c => c.Value.EnumerateArray().Select(a => Named($"{c.Name}: {a.GetString()}"))).ToList(),
            _ => [Named(value.ValueKind switch
            {
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                _ => value.GetString(),
            })],
        };
    }

    private static Item Named(string? text) => new(ItemMatcher.Normalise(text), text ?? "");

    private static Item Plain(string text) => new(text, text);

    private static Item Quote(JsonElement quote)
    {
        var speaker = Text(quote, "speaker");
        var start = quote.TryGetProperty("startsWith", out _) ? Text(quote, "startsWith") : Text(quote, "text");
        var shown = (start ?? "").Length > 40 ? start![..40] + "…" : start;
        return new Item(ItemMatcher.Normalise(speaker), $"“{shown}” ({speaker ?? "no speaker"})", ItemMatcher.Normalise(start));
    }

    private static string Amount(JsonElement money) =>
        money.GetProperty("amount").GetDecimal().ToString("0.##########", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The per-field table, with recall and the share of found items a reader would not list.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine("| field | listed | found | paired | recall | false finds |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var tally in Tallies)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {tally.Field} | {tally.Listed} | {tally.Found} | {tally.Hits} | {tally.Recall:P1} | {tally.FalseFindRate:P1} |");
        }
        var (listed, found, hits) = ItemTotals;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **all fields but kind** | {listed} | {found} | {hits} | {(double)hits / Math.Max(1, listed):P1} | {(double)(found - hits) / Math.Max(1, found):P1} |");
        return text.ToString();
    }

    public string Details()
    {
        var text = new StringBuilder();
        foreach (var line in ArticleMismatches) text.AppendLine(line);
        foreach (var tally in Tallies)
        {
            foreach (var m in tally.Missed) text.AppendLine(CultureInfo.InvariantCulture, $"missed {tally.Field}: {m}");
            foreach (var f in tally.FalseFinds) text.AppendLine(CultureInfo.InvariantCulture, $"false find {tally.Field}: {f}");
        }
        return text.ToString();
    }
}
