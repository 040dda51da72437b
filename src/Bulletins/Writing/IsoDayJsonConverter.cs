using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bulletins.Writing;

/// <summary>
/// A day held in a <see cref="DateTime"/> (a date mention's Start and End) as the JSON Lines
/// contract writes it: <c>yyyy-MM-dd</c>, no time.
/// </summary>
internal sealed class IsoDayJsonConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.ParseExact(reader.GetString()!, Format, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
