using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletins.Writing;

/// <summary>
/// Writes one JSON object per article and line, per the field contract in design.md: camelCase,
/// the base fields in the base-field table's order (generated, <c>Article.WriteBaseFields</c>), then
/// the kind's own fields (generated per kind, <see cref="Article.WriteKindFields"/>).
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
        article.WriteBaseFields(json);
        article.WriteKindFields(json);
        json.WriteEndObject();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _json.Dispose();
        base.Dispose(disposing);
    }
}
