using System.Text.Json;
using System.Text.Json.Serialization;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Json;
using Bulletins.Mentions;

namespace Bulletins;

// The JSON side of Article: serialised as a whole (kind fields included) by ArticleJsonConverter,
// and read back from a JSON Lines object by the generated kinds' JsonElement constructors.
[JsonConverter(typeof(ArticleJsonConverter))]
public abstract partial record Article
{
    /// <summary>Reads the base fields from a JSON Lines object (the generated kinds read their own fields after).</summary>
    /// <param name="json">One article object, as the JSON Lines writer writes it.</param>
    /// <exception cref="JsonException">A field holds a value of the wrong JSON type.</exception>
    protected Article(JsonElement json)
    {
        Id = KindJson.String(KindJson.Property(json, "id"));
        Title = KindJson.String(KindJson.Property(json, "title"));
        Source = KindJson.String(KindJson.Property(json, "source"));
        File = KindJson.String(KindJson.Property(json, "file"));
        Line = KindJson.Int32(KindJson.Property(json, "line"));
        LastLine = KindJson.Int32(KindJson.Property(json, "lastLine"));
        Paragraphs = KindJson.List(KindJson.Property(json, "paragraphs"), KindJson.String);
        ParagraphLines = KindJson.List(KindJson.Property(json, "paragraphLines"), KindJson.Int32);
        IsTruncated = KindJson.Boolean(KindJson.Property(json, "isTruncated"));
        DuplicateOf = KindJson.StringOrNull(KindJson.Property(json, "duplicateOf"));
        // The mentions by hand, as the writer's camelCase names them (MentionJsonContext): no reflection, and
        // a wrong value is a message naming what was expected.
        Dates = KindJson.List(KindJson.Property(json, "dates"), static m => new DateMention(Text(m, "text"), KindJson.Date(KindJson.Property(m, "start")), KindJson.Date(KindJson.Property(m, "end"))));
        Money = KindJson.List(KindJson.Property(json, "money"), static m => new MoneyMention(Text(m, "text"), KindJson.Decimal(KindJson.Property(m, "amount")), Text(m, "currency")));
        People = KindJson.List(KindJson.Property(json, "people"), static m => new PersonMention(Text(m, "name"), KindJson.StringOrNull(KindJson.Property(m, "title"))));
        Countries = KindJson.List(KindJson.Property(json, "countries"), KindJson.String);
        Quotes = KindJson.List(KindJson.Property(json, "quotes"), static m => new QuoteMention(Text(m, "text"), KindJson.StringOrNull(KindJson.Property(m, "speaker"))));
        Warnings = KindJson.List(KindJson.Property(json, "warnings"), static m => new TextWarning(Text(m, "code"), Text(m, "message"), KindJson.Int32(KindJson.Property(m, "line")), Text(m, "text")));
    }

    private static string Text(JsonElement mention, string name) => KindJson.String(KindJson.Property(mention, name));
}
