using Bulletins.Extraction.Text;
using System.Text.RegularExpressions;
using Bulletins.Collections;
using Bulletins.Extraction.Extractors.Countries;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// The authorities involved in an operation, by country: after a line such as `The following
/// authorities were involved:` (or `Authorities involved:`, `Participating countries:`), the lines
/// `  • Spain: National Police (Policía Nacional); Guardia Civil` give a country (or body) before the
/// colon and the authorities after it, separated by semicolons. Judicial and police agencies also
/// introduce the list with the request, execution, participation or assistance it records, ending
/// in a colon (`The action was carried out at the request of ... by:`, `Requesting and executing
/// authorities:`, `with the participation of:`). Countries are named by their English short name
/// (`The Netherlands` is `Netherlands`); keys that are not countries (`Europol`) stay as written. A line
/// whose text after the colon opens a quotation (`Jane Doe, Director, said: “...”`) is speech, not an item.
/// </summary>
public static class AuthorityExtractor
{
    /// <summary>
    /// An intro that ends in a colon and names the request, execution, participation, assistance or
    /// cooperation the list records, or the bodies it lists (the schema's <c>authorityBodies</c>, and the
    /// services that act rather than list). Only lines ending in a colon are tried.
    /// </summary>
    internal static readonly Regex ColonIntro = new(
        @"(?i)\b(request\w*|execut\w*|carried out|participat\w*|took part|take part|assist\w*|support\w*|co-?operat\w*|collaborat\w*|involved|conducted|"
        + string.Join('|', ArticleWords.AuthorityBodies.Select(Regex.Escape))
        + @"|services|police|prosecut\w*|customs)\b[^\n]{0,200}:\s*\z",
        BuiltInRegex.Engine);

    private static readonly Regex Item = new(
        @"\A[ \t\u00A0]{0,8}(?:[•·*▪‣◦\-–]|\d{1,2}[.)])?[ \t\u00A0]{0,4}(?<key>\p{Lu}[^:\n]{1,60}):[ \t\u00A0]*(?<names>[^\n]{2,800})\z",
        BuiltInRegex.Engine);

    /// <summary>The authorities the article's lists name, keyed by country (or body) in the order the lists give them.</summary>
    /// <param name="context">The article being extracted.</param>
    /// <returns>Each key with its authorities; empty when the article has no such list.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Extract(ExtractionContext context)
    {
        var paragraphs = context.Draft.Paragraphs;
        Dictionary<string, List<string>>? map = null;
        bool listing = false;
        foreach (var paragraph in paragraphs)
        {
            // A list may start in the paragraph after its intro, but ends with the paragraph that holds it.
            bool readItems = false;
            string text = paragraph.Text;
            for (int start = 0; start <= text.Length;)
            {
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline;
                var line = text.AsSpan(start, end - start);
                start = end + 1;
                var item = listing ? Item.Match(line.TrimEnd().ToString()) : Match.Empty;
                if (item.Success && !OpensQuotation(item.Groups["names"].Value))
                {
                    string key = Canonical(item.Groups["key"].Value.Trim());
                    map ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (!map.TryGetValue(key, out var names)) map[key] = names = [];
                    foreach (var name in Split(item.Groups["names"].Value))
                    {
                        // Lists are short; a pathological one is capped rather than searched quadratically.
                        if (names.Count < 64 && !names.Contains(name)) names.Add(name);
                    }
                    readItems = true;
                    continue;
                }
                // A list ends at the first line that is not an item; a new intro may start another.
                listing = IsIntro(line);
            }
            if (readItems) listing = false;
        }
        if (map is null) return ValueMap<string, IReadOnlyList<string>>.Empty;
        return new ValueMap<string, IReadOnlyList<string>>(map.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)ValueList.FromArray(kv.Value.ToArray())));
    }

    /// <summary>
    /// The schema's wording of an intro (<c>patterns: authoritiesIntro</c>, whose phrases the operation report's
    /// rule reads too), or a line ending in a colon that names what the list records.
    /// </summary>
    internal static bool IsIntro(ReadOnlySpan<char> line) =>
        ArticlePatterns.AuthoritiesIntro.IsMatch(line) || (line.TrimEnd().EndsWith(':') && ColonIntro.IsMatch(line));

    private static bool OpensQuotation(string names) => names.Length > 0 && names[0] is '“' or '"' or '‘' or '„' or '«';

    private static string Canonical(string key)
    {
        var names = CountryNames.All;
        if (names.TryGetValue(key, out var country)) return country;
        if (key.StartsWith("The ", StringComparison.Ordinal) && names.TryGetValue("the " + key[4..], out country)) return country;
        if (key.StartsWith("the ", StringComparison.Ordinal) && names.TryGetValue(key[4..], out country)) return country;
        return key;
    }

    /// <summary>Authorities are separated by semicolons; a line without any separates them by commas.</summary>
    private static IEnumerable<string> Split(string names)
    {
        char separator = names.Contains(';') ? ';' : ',';
        int depth = 0, start = 0;
        for (int i = 0; i <= names.Length; i++)
        {
            char c = i < names.Length ? names[i] : separator;
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (c == separator && (depth == 0 || i == names.Length))
            {
                string name = names[start..i].Trim().TrimEnd('.', ';').Trim().Replace('\u00A0', ' ');
                if (name.StartsWith("and ", StringComparison.Ordinal)) name = name[4..];
                if (name.Length > 0) yield return name;
                start = i + 1;
            }
        }
    }
}
