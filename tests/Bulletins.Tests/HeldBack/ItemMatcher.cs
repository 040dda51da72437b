using System.Globalization;
using System.Text;

namespace Bulletins.Tests.HeldBack;

/// <summary>
/// Pairs what a reader listed with what extraction found, one list item against one list item, so
/// that a field scores both what was missed (recall) and what was found that the reader would not
/// list (the false finds that precision counts).
/// </summary>
internal static class ItemMatcher
{
    /// <summary>Greedy one-to-one pairing: for each expected item, the index of the first unpaired found item it matches, or -1.</summary>
    public static int[] Assign<TExpected, TFound>(
        IReadOnlyList<TExpected> expected, IReadOnlyList<TFound> found, Func<TExpected, TFound, bool> matches)
    {
        var taken = new bool[found.Count];
        var assigned = new int[expected.Count];
        for (var e = 0; e < expected.Count; e++)
        {
            assigned[e] = -1;
            for (var f = 0; f < found.Count; f++)
            {
                if (taken[f] || !matches(expected[e], found[f])) continue;
                taken[f] = true;
                assigned[e] = f;
                break;
            }
        }
        return assigned;
    }

    /// <summary>The items a reader listed that were not found, the items found that were not listed, and the pairs.</summary>
    public static (List<TExpected> Missed, List<TFound> Extra, int Hits) Pair<TExpected, TFound>(
        IReadOnlyList<TExpected> expected, IReadOnlyList<TFound> found, Func<TExpected, TFound, bool> matches)
    {
        var assigned = Assign(expected, found, matches);
        var paired = new HashSet<int>(assigned.Where(static i => i >= 0));
        var missed = expected.Where((_, e) => assigned[e] < 0).ToList();
        var extra = found.Where((_, f) => !paired.Contains(f)).ToList();
        return (missed, extra, paired.Count);
    }

    /// <summary>
    /// Case, accents, typographic punctuation, spacing and the punctuation around an item do not
    /// make two readings different: "Jean-Luc  Dubois," and "jean-luc dubois" are one name.
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var mapped = c switch
            {
                '‘' or '’' or '‚' or '′' => '\'',
                '“' or '”' or '„' or '″' or '«' or '»' => '"',
                '‐' or '‑' or '‒' or '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(mapped);
            lastWasSpace = false;
        }
        return builder.ToString().Trim().Trim('"', '\'', ',', '.', ';', ':', '…', ' ');
    }
}
