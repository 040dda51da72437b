using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Emits one article kind: a sealed record deriving from <c>global::Bulletins.Article</c>.</summary>
    internal static class KindEmitter
    {
        public static string Emit(SchemaModel schema, KindModel kind)
        {
            var ns = schema.Namespace;
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + ns))
            {
                DocComments.Summary(writer, kind.Description, "The " + kind.Name + " article kind.");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public sealed partial record " + kind.Name + " : global::Bulletins.Article"))
                {
                    PropertyEmitter.BackingFields(writer, kind.Fields, ns);

                    writer.Line("/// <summary>An empty article, for object initialisers and deserialisers.</summary>");
                    writer.Line("public " + kind.Name + "()");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();

                    var patterns = new List<KeyValuePair<string, string>>();
                    writer.Line("/// <summary>Fills the base fields from <paramref name=\"context\"/>, and every kind field by its schema extractor.</summary>");
                    using (writer.Block("public " + kind.Name + "(global::Bulletins.Extraction.Runtime.ExtractionContext context) : base(context)"))
                    {
                        foreach (var field in kind.Fields)
                        {
                            if (field.Extractor is null) continue;
                            writer.Line("this." + field.PropertyName + " = " + ExtractorEmitter.Expression(field, patterns) + ";");
                        }
                    }

                    writer.Line();
                    writer.Line("/// <summary>Reads the article back from a JSON Lines object: the base fields, then this kind's fields as <see cref=\"WriteKindFields\"/> writes them.</summary>");
                    using (writer.Block("public " + kind.Name + "(global::System.Text.Json.JsonElement json) : base(json)"))
                    {
                        foreach (var field in kind.Fields) JsonReadEmitter.Assignment(writer, field, ns);
                    }

                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line("public override string Kind => " + Literals.String(kind.Name) + ";");

                    PropertyEmitter.Properties(writer, kind.Fields, ns);

                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    using (writer.Block("public override void WriteKindFields(global::System.Text.Json.Utf8JsonWriter writer)"))
                    {
                        foreach (var field in kind.Fields) JsonEmitter.Property(writer, field);
                    }

                    writer.Line();
                    CsvEmitter.KindCells(writer, kind);

                    PatternClassEmitter.Emit(writer, patterns);
                }
            }
            return writer.ToString();
        }
    }
}
