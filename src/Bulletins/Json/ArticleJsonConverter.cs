using System.Text.Json;
using System.Text.Json.Serialization;
using Bulletins.Writing;

namespace Bulletins.Json;

/// <summary>
/// The polymorphic JSON contract of <see cref="Article"/>: writes exactly what the JSON Lines writer
/// writes for one article (the base fields, <c>kind</c>, then the kind's own fields), and reads such an
/// object back as the record its <c>kind</c> names. On <see cref="Article"/> by attribute, with the
/// built-in schema; for a schema of one's own, add <c>new ArticleJsonConverter(MyFactory.FromJson)</c>
/// to <see cref="JsonSerializerOptions.Converters"/>.
/// </summary>
public sealed class ArticleJsonConverter : JsonConverter<Article>
{
    private readonly Func<JsonElement, Article?> _fromJson;

    /// <summary>The built-in schema's kinds.</summary>
    public ArticleJsonConverter() : this(ArticleFactory.FromJson)
    {
    }

    /// <summary>The kinds <paramref name="fromJson"/> knows (a generated <c>ArticleFactory.FromJson</c>, or one that tries several schemas).</summary>
    /// <param name="fromJson">Returns the record for an article object, or null when its kind is unknown.</param>
    public ArticleJsonConverter(Func<JsonElement, Article?> fromJson)
    {
        ArgumentNullException.ThrowIfNull(fromJson);
        _fromJson = fromJson;
    }

    /// <inheritdoc/>
    public override Article? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        using var document = JsonDocument.ParseValue(ref reader);
        return _fromJson(document.RootElement) ?? throw new JsonException(KindJson.KindName(document.RootElement) is { } kind
            ? $"unknown article kind '{kind}': not a kind of the schema this converter was given"
            : "an article object needs a \"kind\" string");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Article value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonLinesArticleWriter.WriteObject(writer, value);
    }
}
