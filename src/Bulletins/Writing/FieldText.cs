using System.Collections;
using System.Globalization;
using Bulletins.Collections;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;

namespace Bulletins.Writing;

/// <summary>
/// The short readable text of a field value, the one form a CSV cell and a value's
/// <c>ToString()</c> share (so PowerShell's Export-Csv, <c>"$value"</c> and Export-Bulletin -Format
/// Csv agree): dates ISO <c>yyyy-MM-dd</c> (a range <c>start/end</c>), money <c>amount CURRENCY</c>,
/// a person <c>Name (Title)</c>, a quote <c>Speaker: text</c>, a warning <c>Code (line N)</c>, a
/// schema type its <c>Text</c> (else its values: <see cref="IFieldText"/>, generated), lists joined
/// with <c>; </c> (lists inside them with <c>, </c>, map entries as <c>key: value</c>). No
/// reflection: any other value is its <c>ToString()</c>.
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
        IFieldText schemaValue => schemaValue.ToFieldText(),
        // A map entry, such as the authorities of one country: "Spain: National Police, Guardia Civil".
        IMapEntries map => Join(map.Entries.Select(entry => Format(entry.Key, nested: true) + ": " + Format(entry.Value, nested: true)), nested),
        IDictionary map => Join(Entries(map).Select(entry => Format(entry.Key, nested: true) + ": " + Format(entry.Value, nested: true)), nested),
        IEnumerable items => Join(items.Cast<object?>().Select(item => Format(item, nested: true)), nested),
        _ => value.ToString() ?? "",
    };

    // A dictionary enumerates its entries as DictionaryEntry only through IDictionary's own enumerator.
    private static IEnumerable<DictionaryEntry> Entries(IDictionary map)
    {
        var entries = map.GetEnumerator();
        while (entries.MoveNext()) yield return entries.Entry;
    }

    private static string Join(IEnumerable<string> texts, bool nested) => string.Join(nested ? NestedListSeparator : ListSeparator, texts);
}
