using Bulletins.Collections;
using Bulletins.Extraction.Extractors.Money;
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
        foreach (var segment in segments)
        {
            foreach (var country in Find(segment.Tokens))
            {
                countries ??= [];
                if (!countries.Contains(country)) countries.Add(country);
            }
        }
        return countries is null ? ValueList<string>.Empty : ValueList.FromArray(countries.ToArray());
    }

    /// <summary>Every country name in a text, in order, repeats included.</summary>
    public static IEnumerable<string> Find(string text) => Find(new TokenText(text));

    public static IEnumerable<string> Find(TokenText t)
    {
        var matcher = Matcher.Value;
        int i = 0;
        while (i < t.Count)
        {
            // Names start with a capital (`the Netherlands` is listed with its article).
            if (t.IsWord(i) && (char.IsUpper(t.Text[t.Tokens[i].Start]) || t.Is(i, "the")) && matcher.TryMatch(t, i, out var country, out int last))
            {
                // `US dollars`, `Hong Kong dollars`: a currency's name, not a mention of the country.
                bool namesCurrency = last + 1 < t.Count && t.IsWord(last + 1) && CurrencyTable.TryNoun(t.Span(last + 1), out _);
                if (country is not null && !namesCurrency) yield return country;
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
