// The one table of the base fields: the fields every article has, whatever its kind.
//
// This file is compiled twice: into the library (Bulletins.Schema.BaseFields lists it, the CSV
// writer takes its base columns from it) and, linked, into the source generator
// (Bulletins.Generators.csproj), which emits from it what has to be code: the Article record's
// JSON and CSV writing (Article.g.cs, for the library only) and the member names a schema may not
// give its fields. A C# file rather than a `base:` section of schema/articles.yaml: the base
// fields belong to the library, not to a schema (a consumer's schema has the same base fields and
// must not restate or change them), and both compilations read it without parsing anything.
// Netstandard2.0 C# without library types: the generator cannot reference the library.
//
// The Article record's hand-written properties (Article.cs) are tested to be exactly these
// (ArticleRecordTests); adding a base field means a row here and a property there.

namespace Bulletins.Schema
{
    /// <summary>One base field: its names, schema type, description, and where the writers put it.</summary>
    internal sealed class BaseFieldRow
    {
        public BaseFieldRow(string name, string typeName, string description, int? csvColumn, string? csvListSeparator = null, bool isWritten = true, bool isReadBack = true)
        {
            IsReadBack = isReadBack;
            Name = name;
            TypeName = typeName;
            Description = description;
            CsvColumn = csvColumn;
            CsvListSeparator = csvListSeparator;
            IsWritten = isWritten;
        }

        /// <summary>The property of <c>Bulletins.Article</c> (PascalCase).</summary>
        public string Name { get; }

        /// <summary>The name in JSON Lines and the CSV column's name: <see cref="Name"/> in camelCase.</summary>
        public string JsonName => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

        /// <summary>The type as schema listings write it (<c>int</c>, <c>string?</c>, <c>DateMention[]</c>).</summary>
        public string TypeName { get; }

        /// <summary>What the field holds, for schema listings.</summary>
        public string Description { get; }

        /// <summary>The position among the CSV base columns, or null when CSV leaves the field out.</summary>
        public int? CsvColumn { get; }

        /// <summary>For a list: what joins its items in a CSV cell, when not the list separator every other list uses.</summary>
        public string? CsvListSeparator { get; }

        /// <summary>False for a property computed from the others (<c>Date</c>): the writers leave it out, readers recompute it.</summary>
        public bool IsWritten { get; }

        /// <summary>
        /// False for a written field that a JSON reader does not set: the kind, which the record's type is
        /// (a reader picks the type from it, <c>FromJson</c>).
        /// </summary>
        public bool IsReadBack { get; }
    }

    /// <summary>The base fields, in the JSON Lines contract's order (design.md, docs/format.md).</summary>
    internal static class BaseFieldTable
    {
        public static readonly BaseFieldRow[] Rows =
        {
            new BaseFieldRow("Id", "string", "Stable id from the article's normalised title and body.", csvColumn: 0),
            new BaseFieldRow("Kind", "string", "The schema kind name, e.g. Speech.", csvColumn: 1, isReadBack: false),
            new BaseFieldRow("Title", "string", "The title, as in the file (trimmed).", csvColumn: 2),
            new BaseFieldRow("Source", "string", "The name on the Source: line.", csvColumn: 3),
            new BaseFieldRow("File", "string", "The file (or stream name) the article was read from.", csvColumn: 4),
            new BaseFieldRow("Line", "int", "1-based line of the title in the file.", csvColumn: 5),
            new BaseFieldRow("LastLine", "int", "1-based line of the article's last non-blank line.", csvColumn: 6),
            // CSV puts the long paragraphs cell after the short flags, so a spreadsheet row starts readable.
            new BaseFieldRow("Paragraphs", "string[]", "Body paragraphs, each with its lines joined by a line feed.", csvColumn: 9, csvListSeparator: "\n\n"),
            // Not in CSV: a spreadsheet row has the paragraphs in one cell, and the file line of each is for programs.
            new BaseFieldRow("ParagraphLines", "int[]", "1-based line of each paragraph's first line in the file, one per paragraph.", csvColumn: null),
            new BaseFieldRow("IsTruncated", "bool", "True when the body ends in a teaser cut off with an ellipsis.", csvColumn: 7),
            new BaseFieldRow("DuplicateOf", "string?", "Id of an earlier article in the same input whose body this one repeats, or null.", csvColumn: 8),
            new BaseFieldRow("Dates", "DateMention[]", "Every date or date range mentioned: text, start, end (ISO yyyy-MM-dd).", csvColumn: 10),
            new BaseFieldRow("Money", "MoneyMention[]", "Every amount of money mentioned: text, amount, ISO 4217 currency.", csvColumn: 11),
            new BaseFieldRow("People", "PersonMention[]", "Named people, once each, with full name and title.", csvColumn: 12),
            new BaseFieldRow("Countries", "string[]", "Countries mentioned, English short names, once each.", csvColumn: 13),
            new BaseFieldRow("Quotes", "QuoteMention[]", "Quoted speech with the speaker's full name where the text says who.", csvColumn: 14),
            new BaseFieldRow("Warnings", "TextWarning[]", "Text-quality findings: code, message, line, text.", csvColumn: 15),
            new BaseFieldRow("Date", "DateTime?", "The latest day the article mentions (else the latest month), or null.", csvColumn: null, isWritten: false),
        };
    }
}
