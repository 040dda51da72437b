using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Bulletins.Collections;

namespace Bulletins.Json;

/// <summary>
/// What the generated records call to read their fields back from JSON Lines (see
/// <c>generators/Bulletins.Generators/Emitting/JsonReadEmitter.cs</c>): a missing property and
/// <c>null</c> read as the field's default, a value of the wrong JSON type throws
/// <see cref="JsonException"/> naming what was expected. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KindJson
{
    /// <summary>The property's value, or an undefined element when the object lacks it.</summary>
    public static JsonElement Property(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The <c>kind</c> string of an article object, or null.</summary>
    public static string? KindName(JsonElement json) =>
        Property(json, "kind") is { ValueKind: JsonValueKind.String } kind ? kind.GetString() : null;

    /// <summary>True for <c>null</c> and for a missing property.</summary>
    public static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>A string; null or missing reads as the empty string.</summary>
    public static string String(JsonElement value) => StringOrNull(value) ?? "";

    /// <summary>A string or null.</summary>
    public static string? StringOrNull(JsonElement value) => IsNull(value) ? null : Expect(value, JsonValueKind.String).GetString();

    /// <summary>A boolean; null or missing reads as false.</summary>
    public static bool Boolean(JsonElement value) => BooleanOrNull(value) ?? false;

    /// <summary>A boolean or null.</summary>
    public static bool? BooleanOrNull(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw Mismatch(value, "true or false"),
    };

    /// <summary>An int; null or missing reads as 0.</summary>
    public static int Int32(JsonElement value) => Int32OrNull(value) ?? 0;

    /// <summary>An int or null.</summary>
    public static int? Int32OrNull(JsonElement value) => IsNull(value) ? null : Expect(value, JsonValueKind.Number).TryGetInt32(out int n) ? n : throw Mismatch(value, "a whole number");

    /// <summary>A long; null or missing reads as 0.</summary>
    public static long Int64(JsonElement value) => Int64OrNull(value) ?? 0;

    /// <summary>A long or null.</summary>
    public static long? Int64OrNull(JsonElement value) => IsNull(value) ? null : Expect(value, JsonValueKind.Number).TryGetInt64(out long n) ? n : throw Mismatch(value, "a whole number");

    /// <summary>A decimal; null or missing reads as 0.</summary>
    public static decimal Decimal(JsonElement value) => DecimalOrNull(value) ?? 0;

    /// <summary>A decimal or null.</summary>
    public static decimal? DecimalOrNull(JsonElement value) => IsNull(value) ? null : Expect(value, JsonValueKind.Number).TryGetDecimal(out decimal n) ? n : throw Mismatch(value, "a decimal number");

    /// <summary>A double; null (how the writer writes NaN and infinities) or missing reads as NaN.</summary>
    public static double Double(JsonElement value) => DoubleOrNull(value) ?? double.NaN;

    /// <summary>A double or null.</summary>
    public static double? DoubleOrNull(JsonElement value) => IsNull(value) ? null : Expect(value, JsonValueKind.Number).GetDouble();

    /// <summary>A day written <c>yyyy-MM-dd</c>; null or missing reads as the default day.</summary>
    public static DateOnly Date(JsonElement value) => DateOrNull(value) ?? default;

    /// <summary>A day written <c>yyyy-MM-dd</c>, or null.</summary>
    public static DateOnly? DateOrNull(JsonElement value) =>
        IsNull(value) ? null
        : DateOnly.TryParseExact(Expect(value, JsonValueKind.String).GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw Mismatch(value, "a day written yyyy-MM-dd");

    /// <summary>An array, each item read by <paramref name="item"/>; null or missing reads as the empty list.</summary>
    public static IReadOnlyList<T> List<T>(JsonElement value, Func<JsonElement, T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (IsNull(value)) return ValueList<T>.Empty;
        var items = new T[Expect(value, JsonValueKind.Array).GetArrayLength()];
        int i = 0;
        foreach (var element in value.EnumerateArray()) items[i++] = item(element);
        return ValueList.FromArray(items);
    }

    /// <summary>An object of string keys, each value read by <paramref name="item"/>; null or missing reads as the empty map.</summary>
    public static IReadOnlyDictionary<string, T> Map<T>(JsonElement value, Func<JsonElement, T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (IsNull(value)) return ValueMap<string, T>.Empty;
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in Expect(value, JsonValueKind.Object).EnumerateObject()) entries[property.Name] = item(property.Value);
        return new ValueMap<string, T>(entries);
    }

    private static JsonElement Expect(JsonElement value, JsonValueKind kind) =>
        value.ValueKind == kind ? value : throw Mismatch(value, kind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => kind.ToString(),
        });

    private static JsonException Mismatch(JsonElement value, string expected)
    {
        var text = value.GetRawText();
        if (text.Length > 40) text = text[..40] + "…";
        return new JsonException($"expected {expected}, found {text}");
    }
}
