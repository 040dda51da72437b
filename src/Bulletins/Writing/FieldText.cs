using System.Collections;
using System.Globalization;
using System.Reflection;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;

namespace Bulletins.Writing;

/// <summary>
/// The short readable text of a field value, the one form a CSV cell and a value's
/// <c>ToString()</c> share (so PowerShell's Export-Csv, <c>"$value"</c> and Export-Bulletin -Format
/// Csv agree): dates ISO <c>yyyy-MM-dd</c> (a range <c>start/end</c>), money <c>amount CURRENCY</c>,
/// a person <c>Name (Title)</c>, a quote <c>Speaker: text</c>, a warning <c>Code (line N)</c>, a
/// schema type its <c>Text</c> (else its values), lists joined with <c>; </c> (lists inside them
/// with <c>, </c>, map entries as <c>key: value</c>).
/// </summary>
public static class FieldText
{
    private const string ListSeparator = "; ";
    private const string NestedListSeparator = ", ";

    /// <summary>A cell's text for any field value: lists joined, mentions in a short readable form.</summary>
    public static string Format(object? value) => Format(value, nested: false);

    private static string Format(object? value, bool nested) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime day when day.TimeOfDay == TimeSpan.Zero => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("s", CultureInfo.InvariantCulture),
        DateMention date => date.Start == date.End
            ? Format(date.Start)
            : Format(date.Start) + "/" + Format(date.End),
        MoneyMention money => money.Amount.ToString(CultureInfo.InvariantCulture) + " " + money.Currency,
        PersonMention person => person.Title is null ? person.Name : $"{person.Name} ({person.Title})",
        QuoteMention quote => quote.Speaker is null ? quote.Text : $"{quote.Speaker}: {quote.Text}",
        TextWarning warning => $"{warning.Code} (line {warning.Line.ToString(CultureInfo.InvariantCulture)})",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(nested ? NestedListSeparator : ListSeparator, items.Cast<object?>().Select(item => Format(item, nested: true))),
        _ => FormatRecord(value),
    };

    /// <summary>A schema type (a schedule entry, a quantity): its <c>Text</c> if it has one, else its values in order.</summary>
    private static string FormatRecord(object value)
    {
        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            // A map entry, such as the authorities of one country: "Spain: National Police, Guardia Civil".
            return Format(type.GetProperty("Key")!.GetValue(value), nested: true) + ": " + Format(type.GetProperty("Value")!.GetValue(value), nested: true);
        }
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
        if (properties.FirstOrDefault(static p => p.Name == "Text" && p.PropertyType == typeof(string)) is { } text)
        {
            return (string?)text.GetValue(value) ?? "";
        }
        return string.Join(" ", properties
            .Where(static p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => Format(p.GetValue(value)))
            .Where(static s => s.Length > 0));
    }
}
