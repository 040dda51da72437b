using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletins.Writing;

/// <summary>
/// Writes one JSON object per article and line, per the field contract in design.md: camelCase,
/// the base fields in a fixed order, then the kind's own fields.
/// </summary>
internal sealed class JsonLinesArticleWriter : ArticleWriter
{
    // Typographic text stays readable (’ rather than \u2019); the output is a data file, not HTML.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[16 * 1024];

    public JsonLinesArticleWriter(TextWriter output, bool ownsOutput) : base(output, ownsOutput)
    {
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public override void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        WriteObject(_json, article);
        _json.Flush();

        var utf8 = _buffer.WrittenSpan;
        int needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int count = Encoding.UTF8.GetChars(utf8, _chars);
        Output.Write(_chars, 0, count);
        Output.Write('\n');
    }

    internal static void WriteObject(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        WriteBaseFields(json, article);
        WriteExtractedFields(json, article);
        json.WriteEndObject();
    }

    /// <summary>The fields the reader gives every article: where it is and its text.</summary>
    internal static void WriteBaseFields(Utf8JsonWriter json, Article article)
    {
        json.WriteString("id", article.Id);
        json.WriteString("kind", article.Kind);
        json.WriteString("title", article.Title);
        json.WriteString("source", article.Source);
        json.WriteString("file", article.File);
        json.WriteNumber("line", article.Line);
        json.WriteNumber("lastLine", article.LastLine);
        json.WritePropertyName("paragraphs");
        JsonSerializer.Serialize(json, article.Paragraphs, MentionJsonContext.Default.IReadOnlyListString);
        json.WriteBoolean("isTruncated", article.IsTruncated);
        if (article.DuplicateOf is null) json.WriteNull("duplicateOf");
        else json.WriteString("duplicateOf", article.DuplicateOf);
    }

    /// <summary>What extraction found: the mentions, the warnings and the kind's own fields (the archive stores these as one JSON object).</summary>
    internal static void WriteExtractedFields(Utf8JsonWriter json, Article article)
    {
        var context = MentionJsonContext.Default;
        json.WritePropertyName("dates");
        JsonSerializer.Serialize(json, article.Dates, context.IReadOnlyListDateMention);
        json.WritePropertyName("money");
        JsonSerializer.Serialize(json, article.Money, context.IReadOnlyListMoneyMention);
        json.WritePropertyName("people");
        JsonSerializer.Serialize(json, article.People, context.IReadOnlyListPersonMention);
        json.WritePropertyName("countries");
        JsonSerializer.Serialize(json, article.Countries, context.IReadOnlyListString);
        json.WritePropertyName("quotes");
        JsonSerializer.Serialize(json, article.Quotes, context.IReadOnlyListQuoteMention);
        json.WritePropertyName("warnings");
        JsonSerializer.Serialize(json, article.Warnings, context.IReadOnlyListTextWarning);
        article.WriteKindFields(json);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _json.Dispose();
        base.Dispose(disposing);
    }
}
