using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Extractors.Money;

/// <summary>The amounts of money an article mentions, once per amount and currency.</summary>
internal static class MoneyExtractor
{
    public static IReadOnlyList<MoneyMention> Extract(IEnumerable<TextSegment> segments)
    {
        List<MoneyMention>? mentions = null;
        HashSet<(decimal, string)>? seen = null;
        foreach (var segment in segments)
        {
            foreach (var finding in MoneyGrammar.Find(segment))
            {
                seen ??= [];
                if (!seen.Add((finding.Amount, finding.Currency))) continue;
                (mentions ??= []).Add(new MoneyMention(segment.Text[finding.Start..finding.End], finding.Amount, finding.Currency));
            }
        }
        return mentions is null ? ValueList<MoneyMention>.Empty : ValueList.FromArray(mentions.ToArray());
    }

    public static IReadOnlyList<MoneyMention> Extract(string text) => Extract([new TextSegment(text, 1, IsTitle: false)]);
}
