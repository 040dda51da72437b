using System.Text.Json;
using System.Text.Json.Serialization;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Json;
using Bulletins.Mentions;

namespace Bulletins;

// The JSON side of Article: serialised as a whole (kind fields included) by ArticleJsonConverter,
// and read back from a JSON Lines object by the generated JsonElement constructors (the base one from
// the base field table, each kind's from the schema).
[JsonConverter(typeof(ArticleJsonConverter))]
public abstract partial record Article
{
    // The mentions by hand, as the writer's camelCase names them (MentionJsonContext): no reflection, and a
    // wrong value is a message naming what was expected. The constructor that reads the base fields, and
    // calls these for their elements, is generated from the base field table (Bulletins.Article.g.cs).
    private static DateMention ReadDateMention(JsonElement m) => new(Text(m, "text"), KindJson.Date(KindJson.Property(m, "start")), KindJson.Date(KindJson.Property(m, "end")));

    private static MoneyMention ReadMoneyMention(JsonElement m) => new(Text(m, "text"), KindJson.Decimal(KindJson.Property(m, "amount")), Text(m, "currency"));

    private static PersonMention ReadPersonMention(JsonElement m) => new(Text(m, "name"), KindJson.StringOrNull(KindJson.Property(m, "title")));

    private static QuoteMention ReadQuoteMention(JsonElement m) => new(Text(m, "text"), KindJson.StringOrNull(KindJson.Property(m, "speaker")));

    private static TextWarning ReadTextWarning(JsonElement m) => new(Text(m, "code"), Text(m, "message"), KindJson.Int32(KindJson.Property(m, "line")), Text(m, "text"));

    private static string Text(JsonElement mention, string name) => KindJson.String(KindJson.Property(mention, name));
}
