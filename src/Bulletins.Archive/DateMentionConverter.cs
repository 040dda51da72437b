using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bulletins.Mentions;

namespace Bulletins.Archive;

/// <summary>
/// Reads a date mention back from the JSON the library writes (<c>{"text", "start", "end"}</c>, days as
/// <c>yyyy-MM-dd</c>): the record has two public constructors (DateTime and DateOnly days), so the
/// serializer cannot pick one itself. Writing is the library's JSON writer's.
/// </summary>
internal sealed class DateMentionConverter : JsonConverter<DateMention>
{
    public override DateMention Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A date mention is an object.");
        string text = "";
        DateTime start = default, end = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "text": text = reader.GetString() ?? ""; break;
                case "start": start = Day(reader.GetString()); break;
                case "end": end = Day(reader.GetString()); break;
                default: reader.Skip(); break;
            }
        }
        return new DateMention(text, start, end);
    }

    public override void Write(Utf8JsonWriter writer, DateMention value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The archive writes articles with the library's JSON writer.");

    private static DateTime Day(string? text) =>
        DateOnly.ParseExact(text ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue);
}
