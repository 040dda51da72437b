using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulletins.Schema;
using Bulletins.Writing;

namespace Bulletins.Archive;

/// <summary>
/// Turns an article into the row the archive stores and back. The base fields are columns; the
/// mentions and the kind's own fields are the generated JSON writer's output without the base
/// fields, read back into the kind's record type, so every kind of every schema round-trips.
/// Paragraphs are the stored body split at its blank lines (a paragraph never holds a blank line).
/// </summary>
internal sealed class ArticleCodec
{
    /// <summary>The separator between paragraphs in the stored body.</summary>
    public const string ParagraphBreak = "\n\n";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Converters = { new DateMentionConverter() },
    };

    /// <summary>The base fields the archive keeps as columns (ArchiveTables), so not in <c>fields</c>.</summary>
    private static readonly string[] ColumnFields = ["id", "kind", "title", "source", "file", "line", "lastLine", "paragraphs", "isTruncated", "duplicateOf"];

    private static readonly byte[][] ColumnFieldNames = [.. ColumnFields.Select(Encoding.UTF8.GetBytes)];

    private readonly Dictionary<string, KindInfo> _kinds;
    private readonly ArrayBufferWriter<byte> _whole = new(16 * 1024);
    private readonly ArrayBufferWriter<byte> _kept = new(8 * 1024);
    private readonly Utf8JsonWriter _wholeJson;
    private readonly Utf8JsonWriter _keptJson;

    public ArticleCodec(IReadOnlyList<KindInfo> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _wholeJson = new Utf8JsonWriter(_whole, JsonLinesArticleWriter.WriterOptions);
        _keptJson = new Utf8JsonWriter(_kept, JsonLinesArticleWriter.WriterOptions);
    }

    /// <summary>
    /// The kind's fields and the mentions, as a JSON object text: the JSON Lines writer's object
    /// without the base fields that are columns, copied property by property as raw bytes (no
    /// document is built: this runs for every article saved).
    /// </summary>
    public string Fields(Article article)
    {
        _whole.ResetWrittenCount();
        _wholeJson.Reset(_whole);
        JsonLinesArticleWriter.WriteObject(_wholeJson, article);
        _wholeJson.Flush();
        _kept.ResetWrittenCount();
        _keptJson.Reset(_kept);
        _keptJson.WriteStartObject();
        var reader = new Utf8JsonReader(_whole.WrittenSpan);
        reader.Read(); // the object's start
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool column = IsColumn(ref reader);
            var name = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            reader.Read();
            long start = reader.TokenStartIndex;
            reader.Skip();
            if (column) continue;
            _keptJson.WritePropertyName(Encoding.UTF8.GetString(name));
            _keptJson.WriteRawValue(_whole.WrittenSpan[(int)start..(int)reader.BytesConsumed], skipInputValidation: true);
        }
        _keptJson.WriteEndObject();
        _keptJson.Flush();
        return Encoding.UTF8.GetString(_kept.WrittenSpan);
    }

    private static bool IsColumn(ref Utf8JsonReader reader)
    {
        foreach (var name in ColumnFieldNames)
        {
            if (reader.ValueTextEquals(name)) return true;
        }
        return false;
    }

    public static string Body(Article article) => string.Join(ParagraphBreak, article.Paragraphs);

    public static IReadOnlyList<string> Paragraphs(string body) =>
        body.Length == 0 ? [] : body.Split(ParagraphBreak);

    /// <summary>
    /// The record type of the stored kind called <paramref name="kindName"/>, or null when the schema has no
    /// kind of that name: the archive keeps a kind as text, and turns it back into the type here, at its edge.
    /// </summary>
    public Type? RecordTypeOf(string? kindName) => kindName is not null && _kinds.TryGetValue(kindName, out var kind) ? kind.ClrType : null;

    /// <summary>The article a stored row describes, as the record type of its kind.</summary>
    public Article Read(StoredColumns row, string fields)
    {
        if (!_kinds.TryGetValue(row.Kind, out var kind))
        {
            throw new InvalidDataException($"The archive holds an article of kind '{row.Kind}' (id {row.Id}), which the schema does not have.");
        }
        var node = JsonNode.Parse(fields)!.AsObject();
        node["id"] = row.Id;
        node["title"] = row.Title;
        node["source"] = row.Source;
        node["file"] = row.File;
        node["line"] = row.Line;
        node["lastLine"] = row.LastLine;
        node["paragraphs"] = new JsonArray(Paragraphs(row.Body).Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        node["isTruncated"] = row.IsTruncated;
        node["duplicateOf"] = row.DuplicateOf;
        return (Article)(node.Deserialize(kind.ClrType, ReadOptions)
            ?? throw new InvalidDataException($"The archived article {row.Id} could not be read."));
    }

    /// <summary>The article's text as a bulletin holds it: title, blank, Source line, blank, paragraphs.</summary>
    public static string Text(string title, string source, string body)
    {
        var text = new StringBuilder(title.Length + source.Length + body.Length + 16);
        text.Append(title).Append(ParagraphBreak).Append("Source: ").Append(source);
        if (body.Length > 0) text.Append(ParagraphBreak).Append(body);
        return text.Append('\n').ToString();
    }
}

/// <summary>The base-field columns of one stored article.</summary>
internal sealed record StoredColumns(long Seq, string Id, string Kind, string Title, string Source, string File, int Line, int LastLine, bool IsTruncated, string? DuplicateOf, string Body);
