namespace Bulletins.Schema;

/// <summary>
/// The fields every article kind has (the <see cref="Article"/> base record), described like the
/// generated kinds' own fields so that schema listings show a kind whole. Names and types follow the
/// JSON Lines field contract in design.md.
/// </summary>
public static class BaseFields
{
    /// <summary>The base fields in contract order.</summary>
    public static IReadOnlyList<FieldInfo> All { get; } =
    [
        Field(nameof(Article.Id), "string", "Stable id from the article's normalised title and body."),
        Field(nameof(Article.Kind), "string", "The schema kind name, e.g. Speech."),
        Field(nameof(Article.Title), "string", "The title, as in the file (trimmed)."),
        Field(nameof(Article.Source), "string", "The name on the Source: line."),
        Field(nameof(Article.File), "string", "The file (or stream name) the article was read from."),
        Field(nameof(Article.Line), "int", "1-based line of the title in the file."),
        Field(nameof(Article.LastLine), "int", "1-based line of the article's last non-blank line."),
        Field(nameof(Article.Paragraphs), "string[]", "Body paragraphs, each with its lines joined by a line feed."),
        Field(nameof(Article.IsTruncated), "bool", "True when the body ends in a teaser cut off with an ellipsis."),
        Field(nameof(Article.DuplicateOf), "string?", "Id of an earlier article in the same input whose body this one repeats, or null."),
        Field(nameof(Article.Dates), "DateMention[]", "Every date or date range mentioned: text, start, end (ISO yyyy-MM-dd)."),
        Field(nameof(Article.Money), "MoneyMention[]", "Every amount of money mentioned: text, amount, ISO 4217 currency."),
        Field(nameof(Article.People), "PersonMention[]", "Named people, once each, with full name and title."),
        Field(nameof(Article.Countries), "string[]", "Countries mentioned, English short names, once each."),
        Field(nameof(Article.Quotes), "QuoteMention[]", "Quoted speech with the speaker's full name where the text says who."),
        Field(nameof(Article.Warnings), "TextWarning[]", "Text-quality findings: code, message, line, text."),
    ];

    private static FieldInfo Field(string name, string type, string description) =>
        new(name, char.ToLowerInvariant(name[0]) + name[1..], type, description, IsBase: true);
}
