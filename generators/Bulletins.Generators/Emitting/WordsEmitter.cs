using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits <c>ArticleWords</c>: one read-only list per <c>words:</c> entry, and <c>Counting</c>, the
    /// lists the count extractor reads (<see cref="GeneratedNames.CountLists"/>), empty where the schema has none.
    /// </summary>
    internal static class WordsEmitter
    {
        public static string Emit(SchemaModel schema)
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                writer.Line("/// <summary>The schema's named word lists (<c>words:</c>), for the extractors that read them.</summary>");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public static partial class " + schema.WordsClass))
                {
                    foreach (var list in schema.Words)
                    {
                        DocComments.Summary(writer, list.Description.Length > 0 ? list.Description : "The word list '" + list.Name + "'.");
                        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> " + list.PropertyName + " { get; } = " + Literals.StringArray(list.Words) + ";");
                        writer.Line();
                    }

                    // Declared last: static initialisers run in order, and this one reads the lists above.
                    writer.Line("/// <summary>The lists the count extractor reads for this schema's <c>count</c> fields.</summary>");
                    var arguments = GeneratedNames.CountLists.Select(name =>
                    {
                        var list = schema.Words.FirstOrDefault(w => w.Name == name);
                        return list is null ? "new string[0]" : list.PropertyName;
                    });
                    writer.Line("public static global::Bulletins.Extraction.Runtime.CountWords Counting { get; } = new global::Bulletins.Extraction.Runtime.CountWords(" + string.Join(", ", arguments) + ");");
                }
            }
            return writer.ToString();
        }
    }
}
