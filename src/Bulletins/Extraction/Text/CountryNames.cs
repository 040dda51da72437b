using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Bulletins.Extraction.Text;

/// <summary>
/// Country names and the canonical English short name each stands for. The list comes from a
/// maintained source, the .NET region data (CLDR via ICU): every region of a specific culture,
/// by its <see cref="RegionInfo.EnglishName"/>. When the runtime has no region data
/// (globalization-invariant mode) the same list is read from <c>iso3166.tsv</c>, exported from it.
/// On top come the spellings texts use that the region data does not (the alias table below).
/// </summary>
internal static class CountryNames
{
    /// <summary>CLDR display names that are not the short name a reader expects.</summary>
    private static readonly Dictionary<string, string> CanonicalOverrides = new(StringComparer.Ordinal)
    {
        ["CD"] = "Democratic Republic of the Congo",
        ["CG"] = "Republic of the Congo",
        ["HK"] = "Hong Kong",
        ["MO"] = "Macao",
        ["MM"] = "Myanmar",
        ["PS"] = "Palestine",
        ["TR"] = "Türkiye",
    };

    /// <summary>
    /// Region codes CLDR gives to parts of a country, outside ISO 3166-1's countries (`IC` Canary Islands, `EA` Ceuta and
    /// Melilla, `DG` Diego Garcia, `AC` Ascension, `TA` Tristan da Cunha, `CP` Clipperton): regions, not countries.
    /// </summary>
    private static readonly HashSet<string> PartsOfCountries = new(StringComparer.Ordinal) { "IC", "EA", "DG", "AC", "TA", "CP" };

    /// <summary>Other ways texts name a country, each mapped to its ISO 3166 code.</summary>
    private static readonly (string Alias, string Code)[] Aliases =
    [
        ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("US", "US"), ("U.S.", "US"), ("U.S", "US"), ("USA", "US"), ("U.S.A.", "US"), ("United States of America", "US"), ("America", "US"),
        ("Bosnia Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA"), ("Bosnia", "BA"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Turkiye", "TR"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("Holland", "NL"), ("the Netherlands", "NL"),
        ("Macedonia", "MK"), ("Republic of North Macedonia", "MK"),
        ("Russian Federation", "RU"), ("Republic of Korea", "KR"), ("Korea", "KR"),
        ("Democratic People's Republic of Korea", "KP"), ("DPRK", "KP"),
        ("Republic of Moldova", "MD"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"), ("Côte d'Ivoire", "CI"),
        ("Vatican", "VA"), ("Holy See", "VA"), ("UAE", "AE"), ("DRC", "CD"), ("DR Congo", "CD"),
        ("Burma", "MM"), ("Swaziland", "SZ"), ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("East Timor", "TL"),
        ("Kyrgyz Republic", "KG"), ("Slovak Republic", "SK"), ("Syrian Arab Republic", "SY"), ("Iran, Islamic Republic of", "IR"),
        ("Islamic Republic of Iran", "IR"), ("Lao PDR", "LA"), ("Brunei Darussalam", "BN"), ("Viet Nam", "VN"),
        ("Saint Lucia", "LC"), ("Saint Kitts and Nevis", "KN"), ("Saint Vincent and the Grenadines", "VC"),
        ("Trinidad and Tobago", "TT"), ("Antigua and Barbuda", "AG"), ("Sao Tome and Principe", "ST"), ("São Tomé and Príncipe", "ST"),
    ];

    /// <summary>
    /// Phrases that contain a country name but name something else; matched first so that the longer
    /// phrase wins (`North America` is no mention of the United States, `New Jersey` none of Jersey).
    /// </summary>
    public static readonly string[] NotCountries =
    [
        "North America", "South America", "Latin America", "Central America", "the Americas", "New Jersey", "New Mexico",
        "Georgia Tech", "Jordan River", "Republic of Ireland", "Korean Peninsula", "Chad Basin",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Build);

    /// <summary>Every name and alias, mapped to the canonical English short name.</summary>
    public static IReadOnlyDictionary<string, string> All => Table.Value;

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> OneWordNames = new(() =>
        All.Keys.Where(k => k.All(Text.Tokenizer.IsWordChar)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>True for a one-word country name or alias (`Spain`, `Norway`, `UK`).</summary>
    public static bool IsOneWordName(ReadOnlySpan<char> word) => OneWordNames.Value.Contains(word);

    private static IReadOnlyDictionary<string, string> Build()
    {
        var byCode = RegionData();
        if (byCode.Count < 200) byCode = ShippedList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, englishName) in byCode)
        {
            if (PartsOfCountries.Contains(code)) continue;
            string name = CanonicalOverrides.TryGetValue(code, out var overridden) ? overridden : Readable(englishName);
            canonical[code] = name;
            names[name] = name;
            // The region data's own spelling stays a way to find the country (`Bosnia & Herzegovina`).
            names[englishName] = name;
            names[Readable(englishName)] = name;
        }
        foreach (var (alias, code) in Aliases)
        {
            if (canonical.TryGetValue(code, out var name)) names[alias] = name;
        }
        return names;
    }

    /// <summary>CLDR writes `&amp;` and `St.`; texts write `and` and `Saint`.</summary>
    private static string Readable(string englishName) => englishName.Replace(" & ", " and ").Replace("St. ", "Saint ");

    private static Dictionary<string, string> RegionData()
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            string code = region.TwoLetterISORegionName;
            // Two letters only: `001` (world) and `150` (Europe) are not countries.
            if (code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])) byCode[code] = region.EnglishName;
        }
        return byCode;
    }

    private static Dictionary<string, string> ShippedList()
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Bulletins.Extraction.Text.iso3166.tsv")
            ?? throw new InvalidOperationException("The embedded country list iso3166.tsv is missing from the Bulletins assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab == 2) byCode[line[..2]] = line[3..];
        }
        return byCode;
    }

    internal static IReadOnlyDictionary<string, string> ShippedListForTests() => ShippedList();
}
