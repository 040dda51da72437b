using Bulletins.Collections;
using Bulletins.Extraction.Runtime;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// Amounts of goods with a unit of weight or volume: `5 tonnes of cocaine`, `1.2 tonnes`, `350 kg of
/// heroin`, `two kilograms`, `40 000 litres of fuel`. The text runs to the goods when `of` names them
/// (up to three words); the unit is reported in the singular, abbreviations written out (`kg` is `kilogram`).
/// </summary>
public static class QuantityExtractor
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tonne"] = "tonne", ["tonnes"] = "tonne", ["ton"] = "ton", ["tons"] = "ton", ["t"] = "tonne",
        ["kilogram"] = "kilogram", ["kilograms"] = "kilogram", ["kilogramme"] = "kilogram", ["kilogrammes"] = "kilogram",
        ["kg"] = "kilogram", ["kgs"] = "kilogram", ["kilo"] = "kilogram", ["kilos"] = "kilogram",
        ["gram"] = "gram", ["grams"] = "gram", ["gramme"] = "gram", ["grammes"] = "gram", ["g"] = "gram",
        ["litre"] = "litre", ["litres"] = "litre", ["liter"] = "litre", ["liters"] = "litre",
        ["cubic"] = "cubic metre",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that end the goods: prepositions, conjunctions, verbs of the sentence.</summary>
    private static readonly HashSet<string> NotGoods = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "in", "on", "at", "to", "from", "into", "for", "with", "by", "between", "per", "worth", "were", "was", "are",
        "is", "had", "has", "have", "been", "being", "hidden", "seized", "found", "concealed", "destined", "bound", "that",
        "which", "who", "as", "during", "across", "near", "inside", "under", "over", "each", "a", "an", "the", "of",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotGoodsLookup = NotGoods.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lower-case word or an acronym (`MDMA`, `LSD`), not a function word or a proper name (`of Rotterdam`).</summary>
    private static bool IsGoodsWord(ReadOnlySpan<char> word)
    {
        if (NotGoodsLookup.Contains(word)) return false;
        if (char.IsLower(word[0])) return true;
        foreach (char c in word) if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>The amounts of goods the body names, in text order.</summary>
    /// <param name="context">The article being extracted.</param>
    /// <returns>Each amount with its unit and goods; empty when there are none.</returns>
    public static IReadOnlyList<Quantity> Extract(ExtractionContext context)
    {
        List<Quantity>? quantities = null;
        foreach (var segment in context.Segments)
        {
            if (segment.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !segment.Text.Contains("kilo", StringComparison.OrdinalIgnoreCase)
                && !segment.Text.Contains("tonne", StringComparison.OrdinalIgnoreCase)) continue;
            var t = segment.Tokens;
            for (int i = 0; i < t.Count; i++)
            {
                if (!NumberReader.TryRead(t, i, out var number, allowGlued: true)) continue;
                int u = number.Last + 1;
                if (u >= t.Count || !t.IsWord(u) || !UnitLookup.TryGetValue(t.Span(u), out var unit))
                {
                    i = number.Last;
                    continue;
                }
                // `5kg` may be glued, but `5t` only counts when the unit is written apart from letters.
                if (t.Touches(u) && t.Tokens[u].Length == 1 && unit != "gram" && unit != "tonne") { i = number.Last; continue; }
                int last = u;
                if (unit == "cubic metre")
                {
                    if (!(t.Is(u + 1, "metres") || t.Is(u + 1, "meters") || t.Is(u + 1, "metre") || t.Is(u + 1, "meter"))) { i = number.Last; continue; }
                    last = u + 1;
                }
                // `of cocaine`, `of cannabis resin`, `of liquid methamphetamine`
                if (t.Is(last + 1, "of"))
                {
                    int k = last + 2, words = 0;
                    while (k < t.Count && words < 3 && t.IsWord(k) && IsGoodsWord(t.Span(k)))
                    {
                        k++;
                        words++;
                    }
                    if (words > 0) last = k - 1;
                }
                string text = t.Slice(number.First, last);
                (quantities ??= []).Add(new Quantity { Text = text, Amount = number.Value, Unit = unit });
                i = last;
            }
        }
        return quantities is null ? ValueList<Quantity>.Empty : ValueList.FromArray(quantities.ToArray());
    }
}
