using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Writes the members that give CSV its cells without reflection: a kind's <c>WriteKindCells</c>
    /// (one cell a field, in schema order: the order of the kind's <c>KindInfo.Fields</c>, whose JSON
    /// names are the CSV columns) and a declared type's <c>ToFieldText</c> (its text in a cell).
    /// The text of a value is <c>Bulletins.Writing.FieldText.Format</c>'s, the one form CSV and
    /// <c>ToString()</c> share.
    /// </summary>
    internal static class CsvEmitter
    {
        private const string Format = "global::Bulletins.Writing.FieldText.Format";

        public static void KindCells(CodeWriter writer, KindModel kind)
        {
            writer.Line("/// <inheritdoc/>");
            using (writer.Block("public override void WriteKindCells(global::System.Span<string> cells)"))
            {
                int i = 0;
                foreach (var field in kind.Fields)
                {
                    writer.Line("cells[" + (i++).ToString(CultureInfo.InvariantCulture) + "] = " + Format + "(this." + field.PropertyName + ");");
                }
            }
        }

        /// <summary>
        /// A type with a string field <c>text</c> shows that (a quantity as written); any other shows
        /// its fields' texts in schema order, with a space between those that are not empty.
        /// </summary>
        public static void TypeText(CodeWriter writer, TypeModel type)
        {
            writer.Line("/// <summary>The value's text in a CSV cell or a listing, as <see cref=\"global::Bulletins.Writing.FieldText\"/> shows it.</summary>");
            var text = type.Fields.FirstOrDefault(f => f.PropertyName == "Text" && f.Type.IsBuiltin("string"));
            if (text != null)
            {
                writer.Line("public string ToFieldText() => this.Text ?? \"\";");
                return;
            }
            var parts = type.Fields.Select(f => Format + "(this." + f.PropertyName + ")").ToList();
            writer.Line(parts.Count == 0
                ? "public string ToFieldText() => \"\";"
                : "public string ToFieldText() => string.Join(\" \", global::System.Linq.Enumerable.Where(new string[] { " + string.Join(", ", parts) + " }, static part => part.Length > 0));");
        }
    }
}
