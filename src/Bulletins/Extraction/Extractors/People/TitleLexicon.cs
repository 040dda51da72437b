using System.Collections.Frozen;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.People;

/// <summary>What kind of word a title is, which decides what may follow it.</summary>
internal enum TitleKind
{
    /// <summary>An office (`Secretary General`, `Minister`): may take a complement (`of Defence`).</summary>
    Office,
    /// <summary>A military or police rank (`Admiral`, `Lieutenant General`).</summary>
    Rank,
    /// <summary>A form of address (`Mr`, `Ms`): says nothing of the office, so it is not kept as the title.</summary>
    Honorific,
}

/// <summary>A title as the lexicon knows it: the name to report, and its kind.</summary>
/// <param name="Canonical">The name to report.</param>
/// <param name="Kind">Office, rank or form of address.</param>
/// <param name="Abbreviated">Written short (`Mr`, `Gen`), so a dot after it is part of it, not a sentence end.</param>
internal sealed record TitleInfo(string Canonical, TitleKind Kind, bool Abbreviated = false);

/// <summary>
/// The titles and ranks that introduce a person's name (`Secretary General Jens Stoltenberg`,
/// `LTG Jane Doe`, `Mr Stoltenberg`). Matched case-sensitively as written in press text, longest first
/// (`Deputy Secretary General` before `Secretary General`); abbreviations report their full form.
/// </summary>
internal static class TitleLexicon
{
    private static readonly string[] Offices =
    [
        "Secretary General", "Secretary-General", "Deputy Secretary General", "Deputy Secretary-General",
        "Assistant Secretary General", "Assistant Secretary-General", "Under-Secretary-General", "Secretary of State",
        "Secretary of Defense", "Secretary of Defence", "Secretary", "Minister", "Deputy Minister", "Prime Minister",
        "Deputy Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "Justice Minister", "Defence Secretary", "Defense Secretary", "Foreign Secretary", "Home Secretary", "Minister of State", "President", "Vice President", "Vice-President", "Executive Vice-President",
        "Ambassador", "Representative", "Permanent Representative", "Special Representative", "Regional Representative", "High Representative", "Special Envoy", "Envoy", "Commissioner",
        "European Commissioner", "Chair", "Chairman", "Chairwoman", "Chairperson", "Vice-Chair",
        "Vice Chair", "Director", "Executive Director", "Deputy Executive Director", "Director General", "Director-General",
        "Deputy Director", "Head", "Chief", "Chief of Staff", "Chief of Defence", "Chief of the Defence Staff",
        "Chancellor", "Federal Chancellor", "King", "Queen", "Prince", "Princess", "Crown Prince", "Senator",
        "Congressman", "Congresswoman", "Governor", "Mayor", "Speaker", "Spokesperson", "Spokesman", "Spokeswoman",
        "Prosecutor", "Public Prosecutor", "Chief Prosecutor", "Prosecutor General", "Procurator General", "Chairman of the Joint Chiefs of Staff", "European Chief Prosecutor", "Attorney General",
        "Judge", "Justice", "National Security Advisor", "National Security Adviser", "Supreme Allied Commander Europe",
        "Supreme Allied Commander Transformation", "Commander", "Deputy Commander", "Professor", "National Member",
        // Offices named `<role> General`, which must not shrink to the rank `General`.
        "Inspector General", "Inspector-General", "Auditor General", "Auditor-General", "Solicitor General", "Surgeon General",
        "Comptroller General", "Advocate General", "Deputy Director General", "Deputy Director-General",
    ];

    private static readonly string[] Ranks =
    [
        "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Admiral", "Vice Admiral",
        "Rear Admiral", "Fleet Admiral", "Air Marshal", "Air Chief Marshal", "Air Vice-Marshal", "Marshal", "Field Marshal",
        "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Second Lieutenant", "Commodore",
        "Surgeon Commander", "Wing Commander", "Group Captain", "Squadron Leader", "Sergeant", "Sergeant Major",
        "Corporal", "Private", "Commissioner General", "Superintendent", "Chief Superintendent", "Inspector",
        "Chief Inspector", "Detective", "Officer",
    ];

    private static readonly (string Written, string Canonical)[] Abbreviations =
    [
        ("Gen", "General"), ("GEN", "General"), ("Lt Gen", "Lieutenant General"), ("Lt. Gen.", "Lieutenant General"),
        ("LTG", "Lieutenant General"), ("LtGen", "Lieutenant General"), ("Maj Gen", "Major General"), ("Maj. Gen.", "Major General"),
        ("MG", "Major General"), ("Brig Gen", "Brigadier General"), ("Brig. Gen.", "Brigadier General"), ("BG", "Brigadier General"),
        ("Adm", "Admiral"), ("ADM", "Admiral"), ("VADM", "Vice Admiral"), ("Vice Adm", "Vice Admiral"), ("RADM", "Rear Admiral"),
        ("Rear Adm", "Rear Admiral"), ("Col", "Colonel"), ("COL", "Colonel"), ("Lt Col", "Lieutenant Colonel"),
        ("LTC", "Lieutenant Colonel"), ("Maj", "Major"), ("MAJ", "Major"), ("Capt", "Captain"), ("CPT", "Captain"),
        ("Cdr", "Commander"), ("CDR", "Commander"), ("Lt", "Lieutenant"), ("Sgt", "Sergeant"), ("SGT", "Sergeant"),
        ("Cmdr", "Commander"), ("Prof", "Professor"), ("Amb", "Ambassador"), ("Pres", "President"),
        ("H.E.", "His Excellency"), ("His Excellency", "His Excellency"), ("Her Excellency", "Her Excellency"),
        ("Dr", "Dr"), ("Sir", "Sir"), ("Dame", "Dame"), ("Lord", "Lord"), ("Lady", "Lady"),
    ];

    private static readonly string[] Honorifics = ["Mr", "Ms", "Mrs", "Miss", "Mx", "Messrs", "Monsieur", "Madame", "Herr", "Frau"];

    private static readonly HashSet<string> HonorificWords = new(Honorifics.Concat(["Sir", "Dame", "Dr", "Lord", "Lady"]), StringComparer.Ordinal);

    /// <summary>A form of address that may start a name after a title (`Ambassador Sir Edward Hallam`, `Commissioner, Mr Jonas Aaltonen`).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => HonorificLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = HonorificWords.ToFrozenSet(HonorificWords.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Lower-case nouns of a role or relation that a name may follow in apposition (`his predecessor, Jane Doe,`,
    /// `the main suspect, Juan Pérez Gil,`): they say the name is a person without being a title before it.
    /// </summary>
    private static readonly HashSet<string> AppositionNouns = new(StringComparer.Ordinal)
    {
        "predecessor", "successor", "counterpart", "colleague", "colleagues", "deputy", "suspect", "defendant", "accused",
        "fugitive", "convict", "leader", "ringleader", "founder", "co-founder", "boss", "head", "chief", "spokesperson",
        "spokesman", "spokeswoman", "wife", "husband", "partner", "son", "daughter", "brother", "sister", "father", "mother",
        "victim", "witness", "officer", "agent", "investigator", "judge", "prosecutor", "lawyer", "businessman",
        "businesswoman", "entrepreneur", "national", "citizen", "member", "envoy", "adviser", "advisor", "aide", "host",
        "chair", "chairperson", "director", "commander", "minister", "ambassador", "president", "winner", "author",
        "expert", "analyst", "coordinator", "manager", "official", "representative", "researcher", "specialist", "negotiator",
        "secretary", "commissioner", "detective", "inspector", "superintendent", "attorney", "magistrate", "rapporteur",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppositionLookup = AppositionNouns.ToFrozenSet(AppositionNouns.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The genres of spoken words whose `by`/`with` names the speaker (`Remarks by`, `Press conference by`,
    /// `Interview with`, `Statement by`): the schema's word lists, which the Speech title rules splice too; of a
    /// format of several words (`press conference`) the last is the one before `by`.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokenGenreLookup =
        ArticleWords.SpeechGenres
            .Concat(ArticleWords.PressFormats.Select(format => format[(format.LastIndexOf(' ') + 1)..]))
            .Concat(ArticleWords.SpeakerGenres)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a genre of spoken words (`remarks`, `interview`) whose `by` or `with` names the speaker.</summary>
    public static bool IsSpokenGenre(ReadOnlySpan<char> word) => SpokenGenreLookup.Contains(word);

    /// <summary>True for a role noun a name may stand in apposition to (`his predecessor, Jane Doe,`).</summary>
    public static bool IsAppositionNoun(ReadOnlySpan<char> word) => AppositionLookup.Contains(word);

    public static readonly PhraseMatcher<TitleInfo> Matcher = Build();

    /// <summary>Offices that take an `of`/`for` complement (`Minister of Defence`, `Chair of the Military Committee`).</summary>
    public static bool TakesComplement(TitleInfo title) => title.Kind == TitleKind.Office;

    private static PhraseMatcher<TitleInfo> Build()
    {
        var matcher = new PhraseMatcher<TitleInfo>(StringComparison.Ordinal);
        foreach (var office in Offices) matcher.Add(office, new TitleInfo(office.Replace("Secretary-General", "Secretary General"), TitleKind.Office));
        foreach (var rank in Ranks) matcher.Add(rank, new TitleInfo(rank, TitleKind.Rank));
        foreach (var (written, canonical) in Abbreviations)
        {
            // `Sir`, `Dame`, `Lord`, `Lady` and `Dr` are forms of address that stay in the title (`Sir`), unlike `Mr`.
            matcher.Add(written, new TitleInfo(canonical, TitleKind.Rank, Abbreviated: written.Length <= 5 && written != canonical || written == "Dr"));
        }
        foreach (var honorific in Honorifics) matcher.Add(honorific, new TitleInfo(honorific, TitleKind.Honorific, Abbreviated: true));
        return matcher;
    }
}
