using System;
using System.Globalization;
using System.Linq;
using Bulletins.Schema;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits, for the Bulletins library itself, the base record's writing code from the base-field
    /// table (<c>src/Bulletins/Schema/BaseFieldTable.cs</c>, compiled into this generator too):
    /// <c>Article.WriteBaseFields</c> (JSON Lines), <c>Article.WriteBaseCells</c> (CSV) and the constructor
    /// that reads the base fields back from a JSON Lines object, so that neither writer nor the reader lists
    /// the fields again (a list's elements of a library type are read by <c>Article.Read&lt;Type&gt;</c>, hand-written).
    /// </summary>
    internal static class BaseRecordEmitter
    {
        /// <summary>
        /// The MSBuild property (made compiler-visible) with which the library that declares
        /// <c>Bulletins.Article</c> asks for the base code; no other project sets it.
        /// </summary>
        public const string OptInProperty = "build_property.BulletinsGenerateBaseRecord";

        public const string HintName = "Bulletins.Article.g.cs";

        private const string Json = "global::Bulletins.Writing.MentionJsonContext.Default";

        /// <summary>Date mentions have a context of their own (their days need a converter, which would cost the others their fast serialisers).</summary>
        private const string DateJson = "global::Bulletins.Writing.DateMentionJsonContext.Default";

        public static string Emit()
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace Bulletins"))
            {
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public abstract partial record Article"))
                {
                    writer.Line("/// <summary>The number of CSV cells <see cref=\"WriteBaseCells\"/> fills.</summary>");
                    writer.Line("internal const int BaseCellCount = " + CsvRows().Length.ToString(CultureInfo.InvariantCulture) + ";");
                    writer.Line();
                    writer.Line("/// <summary>Writes the base fields as JSON properties, in the order of the base-field table.</summary>");
                    using (writer.Block("internal void WriteBaseFields(global::System.Text.Json.Utf8JsonWriter writer)"))
                    {
                        foreach (var row in BaseFieldTable.Rows.Where(r => r.IsWritten)) JsonProperty(writer, row);
                    }
                    writer.Line();
                    writer.Line("/// <summary>Reads the base fields from a JSON Lines object (the generated kinds read their own fields after).</summary>");
                    writer.Line("/// <param name=\"json\">One article object, as the JSON Lines writer writes it.</param>");
                    writer.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">A field holds a value of the wrong JSON type.</exception>");
                    using (writer.Block("protected Article(global::System.Text.Json.JsonElement json)"))
                    {
                        foreach (var row in BaseFieldTable.Rows.Where(r => r.IsWritten && r.IsReadBack))
                        {
                            writer.Line("this." + row.Name + " = " + Reader(row, "global::Bulletins.Json.KindJson.Property(json, " + Literals.String(row.JsonName) + ")") + ";");
                        }
                    }
                    writer.Line();
                    writer.Line("/// <summary>Puts the base fields' CSV cell texts into <paramref name=\"cells\"/>, in the table's CSV column order.</summary>");
                    using (writer.Block("internal void WriteBaseCells(global::System.Span<string> cells)"))
                    {
                        var rows = CsvRows();
                        for (int i = 0; i < rows.Length; i++) writer.Line("cells[" + i.ToString(CultureInfo.InvariantCulture) + "] = " + Cell(rows[i]) + ";");
                    }
                }
            }
            return writer.ToString();
        }

        private static BaseFieldRow[] CsvRows() =>
            BaseFieldTable.Rows.Where(r => r.IsWritten && r.CsvColumn != null).OrderBy(r => r.CsvColumn).ToArray();

        private static void JsonProperty(CodeWriter writer, BaseFieldRow row)
        {
            var name = Literals.String(row.JsonName);
            var value = "this." + row.Name;
            switch (row.TypeName)
            {
                case "string":
                    writer.Line("writer.WriteString(" + name + ", " + value + ");");
                    return;
                case "string?":
                    writer.Line("if (" + value + " is null) writer.WriteNull(" + name + ");");
                    writer.Line("else writer.WriteString(" + name + ", " + value + ");");
                    return;
                case "int":
                    writer.Line("writer.WriteNumber(" + name + ", " + value + ");");
                    return;
                case "bool":
                    writer.Line("writer.WriteBoolean(" + name + ", " + value + ");");
                    return;
            }
            var element = ListElement(row);
            writer.Line("writer.WritePropertyName(" + name + ");");
            var context = element == "DateMention" ? DateJson : Json;
            writer.Line("global::System.Text.Json.JsonSerializer.Serialize(writer, " + value + ", " + context + ".IReadOnlyList" + JsonTypeInfoName(element) + ");");
        }

        private const string KindJson = "global::Bulletins.Json.KindJson";

        private static string Reader(BaseFieldRow row, string property)
        {
            switch (row.TypeName)
            {
                case "string": return KindJson + ".String(" + property + ")";
                case "string?": return KindJson + ".StringOrNull(" + property + ")";
                case "int": return KindJson + ".Int32(" + property + ")";
                case "bool": return KindJson + ".Boolean(" + property + ")";
            }
            var element = ListElement(row);
            var readElement = element == "string" ? KindJson + ".String" : element == "int" ? KindJson + ".Int32" : "Read" + element;
            return KindJson + ".List(" + property + ", " + readElement + ")";
        }

        private static string Cell(BaseFieldRow row)
        {
            var value = "this." + row.Name;
            switch (row.TypeName)
            {
                case "string": return value;
                case "string?": return value + " ?? \"\"";
                case "int": return value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
                case "bool": return value + " ? \"true\" : \"false\"";
            }
            ListElement(row);
            return row.CsvListSeparator is null
                ? "global::Bulletins.Writing.FieldText.Format(" + value + ")"
                : "string.Join(" + Literals.String(row.CsvListSeparator) + ", " + value + ")";
        }

        private static string ListElement(BaseFieldRow row)
        {
            if (!row.TypeName.EndsWith("[]", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The base field " + row.Name + " has type " + row.TypeName + ", which the base record emitter cannot write.");
            }
            return row.TypeName.Substring(0, row.TypeName.Length - 2);
        }

        /// <summary>The System.Text.Json source generator's name for a type in its type-info properties (<c>String</c>, <c>Int32</c>, <c>DateMention</c>).</summary>
        private static string JsonTypeInfoName(string element)
        {
            switch (element)
            {
                case "string": return "String";
                case "int": return "Int32";
                default: return element;
            }
        }
    }
}
