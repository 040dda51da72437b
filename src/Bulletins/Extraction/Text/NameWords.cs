using System.Collections.Frozen;

namespace Bulletins.Extraction.Text;

/// <summary>
/// Which capitalised words can be part of a person's name. A capitalised run that contains any of
/// the words below, or a field an office covers (the schema's <c>officePortfolios</c>), names an
/// institution, an event, a place or an office (`North Atlantic Council`, `Steadfast Defender` after
/// `Exercise`, `Major Crimes Unit`, `Minister for Defence Procurement`), not a person. The lists here are
/// the name grammar's own (function words, the nouns of bodies and places, name particles), not wording
/// a schema tunes (docs/architecture.md).
/// </summary>
internal static class NameWords
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        // Function words that start sentences.
        "The", "This", "These", "That", "Those", "A", "An", "In", "On", "At", "As", "For", "With", "By", "From", "To", "Of",
        "And", "But", "Or", "So", "If", "It", "Its", "He", "She", "We", "They", "Our", "Their", "His", "Her", "I", "You",
        "Today", "Yesterday", "Tomorrow", "Yes", "No", "Thank", "Thanks", "Dear", "Good", "Following", "During", "After",
        "Before", "Since", "Under", "While", "When", "Where", "Also", "Both", "All", "Every", "Each", "Other", "Further",
        // Institutions, bodies, events.
        "Council", "Committee", "Commission", "Assembly", "Agency", "Alliance", "Allies", "Ally", "Union", "Unit", "Office",
        "Ministry", "Department", "Court", "Tribunal", "Service", "Services", "Police", "Gendarmerie", "Guard", "Forces", "Force",
        "Army", "Navy", "Command", "Headquarters", "Staff", "Security", "Defence", "Defense", "Affairs", "Directorate",
        "Prosecution", "Summit", "Conference", "Forum", "Exercise", "Operation", "Group", "Team", "Centre", "Center",
        "Institute", "Bank", "Parliament", "Government", "Republic", "Kingdom", "States", "Nations", "Organisation",
        "Organization", "Treaty", "Article", "Programme", "Program", "Package", "Plan", "Network", "Mission", "Agreement",
        "Regulation", "Directive", "Act", "Law", "Strategy", "Initiative", "Project", "Fund", "Board", "Panel", "Secretariat",
        "Corps", "Chiefs", "Brigade", "Division", "Battalion", "Regiment", "Squadron", "Fleet", "Base", "University", "College",
        "School", "Academy", "Foundation", "Association", "Federation", "Company", "Corporation", "Ltd", "Inc", "Group",
        "Europol", "Eurojust", "Interpol", "Frontex", "NATO", "EU", "UN", "OSCE", "Military", "National", "International",
        "European", "Atlantic", "North", "South", "East", "West", "Northern", "Western", "Eastern", "Southern", "Federal",
        "Central", "Joint", "Special", "Public", "Justice", "Crimes", "Crime", "Cybercrime", "Desk", "Day", "Week", "Year",
        "Secretary", "General", "Minister", "President", "Ambassador", "Admiral", "Chair", "Director", "Commander",
        "Report", "Statement", "Declaration", "Communiqué", "Framework", "Capacity", "Building", "Policy", "Region",
        "Balkans", "Middle", "Flank", "High", "Response", "Defender", "Shield", "Sword", "Spark", "Chat", "Connect", "Secure",
        // Places: a capitalised run with one of these is a sea, a port or a district, not a person.
        "Sea", "Ocean", "River", "Lake", "Gulf", "Strait", "Bay", "Island", "Islands", "Peninsula", "Mountains", "Valley",
        "Port", "Airport", "Harbour", "Street", "Square", "Bridge", "City", "County", "Province", "State", "District",
    };

    /// <summary>Lower-case words after a hyphen that make a compound, not a double name: `Rutte-led`, `Kyiv-based`.</summary>
    public static bool IsCompoundSuffix(ReadOnlySpan<char> word) =>
        word is "led" or "based" or "backed" or "born" or "era" or "style" or "like" or "wide" or "owned" or "run" or "funded" or "speaking";

    /// <summary>Lower-case particles inside names: `Ursula von der Leyen`, `Luis de Guindos`.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "zu",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup =
        NotNames.Concat(ArticleWords.OfficePortfolios).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.ToFrozenSet(Particles.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsParticle(ReadOnlySpan<char> word) => ParticleLookup.Contains(word);

    /// <summary>A capitalised word with lower-case letters after its capital: `Geoană`, `Bjørn`, `McDonald`.</summary>
    public static bool LooksLikeName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
        {
            if (char.IsLower(c)) return true;
        }
        return false;
    }

    /// <summary>True when a capitalised word rules out a person in the run it belongs to.</summary>
    public static bool RulesOutPerson(ReadOnlySpan<char> word) =>
        NotNameLookup.Contains(word) || CalendarWords.IsWeekday(word) || CountryNames.IsOneWordName(word);
}
