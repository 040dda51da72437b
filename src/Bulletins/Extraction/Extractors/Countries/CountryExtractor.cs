using Bulletins.Collections;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.Countries;

/// <summary>
/// The countries an article names, once each, by their English short name, in order of first mention.
/// </summary>
/// <remarks>
/// Names only: adjectives (`Italian authorities`, `the French Desk`) are not taken, because an adjective
/// says whose something is rather than naming the country, several are ambiguous (`Dominican` is
/// Dominica's or the Dominican Republic's), and no maintained source lists them. Matching is by
/// whole tokens, longest name first (`Papua New Guinea` before `Guinea`), and case-sensitive, so the
/// pronoun `us` is not the United States and `turkey` is a bird. A name before a currency noun
/// (`7 billion US dollars`) names the currency, not the country.
/// </remarks>
internal static class CountryExtractor
{
    private static readonly Lazy<PhraseMatcher<string?>> Matcher = new(BuildMatcher);

    public static IReadOnlyList<string> Extract(IEnumerable<TextSegment> segments)
    {
        List<string>? countries = null;
        foreach (var segment in segments) Find(segment.Tokens, ref countries, distinct: true);
        return countries is null ? ValueList<string>.Empty : ValueList.FromArray(countries.ToArray());
    }

    /// <summary>Every country name in a text, in order, repeats included.</summary>
    public static IEnumerable<string> Find(string text) => Find(new TokenText(text));

    /// <summary>Every country name in a tokenised text, in order, repeats included.</summary>
    public static IEnumerable<string> Find(TokenText t)
    {
        List<string>? countries = null;
        Find(t, ref countries, distinct: false);
        return countries ?? [];
    }

    /// <summary>Names start with a capital, or with `the` (`the Netherlands` is listed with its article): only those tokens are visited.</summary>
    private const AnchorClass Starts = AnchorClass.Capitalised | AnchorClass.DefiniteArticle;

    private static void Find(TokenText t, ref List<string>? countries, bool distinct)
    {
        var matcher = Matcher.Value;
        var anchors = t.Anchors;
        int i = 0;
        while ((i = anchors.Next(Starts, i)) >= 0)
        {
            if (matcher.TryMatch(t, i, out var country, out int last))
            {
                // `US dollars`, `Hong Kong dollars`: a currency's name, not a mention of the country.
                bool namesCurrency = last + 1 < t.Count && t.IsWord(last + 1) && CurrencyTable.TryNoun(t.Span(last + 1), out _);
                if (country is not null && !namesCurrency && !(distinct && countries is not null && countries.Contains(country))) (countries ??= []).Add(country);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private static PhraseMatcher<string?> BuildMatcher()
    {
        var matcher = new PhraseMatcher<string?>(StringComparison.Ordinal);
        foreach (var (name, country) in CountryNames.All) matcher.Add(name, country);
        foreach (var phrase in CountryNames.NotCountries) matcher.Add(phrase, null);
        return matcher;
    }
}
