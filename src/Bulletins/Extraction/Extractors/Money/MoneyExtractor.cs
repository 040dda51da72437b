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
        // One list of findings for every segment, and the few mentions themselves to tell a repeat: no set, no list a segment.
        List<MoneyFinding>? findings = null;
        foreach (var segment in segments)
        {
            findings?.Clear();
            MoneyGrammar.Find(segment, ref findings);
            if (findings is null) continue;
            foreach (var finding in findings)
            {
                if (mentions is not null && Repeats(mentions, finding)) continue;
                (mentions ??= []).Add(new MoneyMention(segment.Text[finding.Start..finding.End], finding.Amount, finding.Currency));
            }
        }
        return mentions is null ? ValueList<MoneyMention>.Empty : ValueList.FromArray(mentions.ToArray());
    }

    /// <summary>Once per amount and currency: the same figure in the same currency again is the same money.</summary>
    private static bool Repeats(List<MoneyMention> mentions, MoneyFinding finding)
    {
        foreach (var mention in mentions)
        {
            if (mention.Amount == finding.Amount && mention.Currency == finding.Currency) return true;
        }
        return false;
    }

    public static IReadOnlyList<MoneyMention> Extract(string text) => Extract([new TextSegment(text, 1, IsTitle: false)]);
}
