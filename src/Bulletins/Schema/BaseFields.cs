namespace Bulletins.Schema;

/// <summary>
/// The fields every article kind has (the <see cref="Article"/> base record), described like the
/// generated kinds' own fields so that schema listings show a kind whole. Read from the base-field
/// table (<c>Schema/BaseFieldTable.cs</c>), in the JSON Lines contract's order.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class BaseFields
{
    /// <summary>The base fields in contract order: those the writers write (not the computed <see cref="Article.Date"/>).</summary>
    public static IReadOnlyList<SchemaField> All { get; } = BaseFieldTable.Rows
        .Where(static row => row.IsWritten)
        .Select(static row => new SchemaField(row.Name, row.JsonName, row.TypeName, row.Description, IsBase: true))
        .ToArray();

    /// <summary>The CSV writer's base columns, in order.</summary>
    internal static IReadOnlyList<string> CsvColumns { get; } = BaseFieldTable.Rows
        .Where(static row => row.IsWritten && row.CsvColumn is not null)
        .OrderBy(static row => row.CsvColumn)
        .Select(static row => row.JsonName)
        .ToArray();
}
