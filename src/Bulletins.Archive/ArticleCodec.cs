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

    private readonly Dictionary<string, KindInfo> _kinds;
    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024);
    private readonly Utf8JsonWriter _json;

    public ArticleCodec(IReadOnlyList<KindInfo> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _json = new Utf8JsonWriter(_buffer, JsonLinesArticleWriter.WriterOptions);
    }

    /// <summary>
    /// The kind's fields and the mentions, as a JSON object text: the JSON Lines writer's output
    /// for everything but the base fields, which are columns.
    /// </summary>
    public string Fields(Article article)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        JsonLinesArticleWriter.WriteExtractedFields(_json, article);
        _json.WriteEndObject();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public static string Body(Article article) => string.Join(ParagraphBreak, article.Paragraphs);

    public static IReadOnlyList<string> Paragraphs(string body) =>
        body.Length == 0 ? [] : body.Split(ParagraphBreak);

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
