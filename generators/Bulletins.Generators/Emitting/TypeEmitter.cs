using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Emits one declared type (<c>types[]</c>): a sealed record with init-only properties that writes itself as JSON.</summary>
    internal static class TypeEmitter
    {
        public static string Emit(SchemaModel schema, TypeModel type)
        {
            var ns = schema.Namespace;
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + ns))
            {
                DocComments.Summary(writer, type.Description, "The " + type.Name + " record.");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public sealed partial record " + type.Name + " : global::Bulletins.Writing.IFieldText"))
                {
                    PropertyEmitter.BackingFields(writer, type.Fields, ns);
                    writer.Line("/// <summary>An empty value, for object initialisers and deserialisers.</summary>");
                    writer.Line("public " + type.Name + "()");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();
                    writer.Line("/// <summary>Reads the value back from the JSON object <see cref=\"WriteJson\"/> writes.</summary>");
                    using (writer.Block("public " + type.Name + "(global::System.Text.Json.JsonElement json)"))
                    {
                        foreach (var field in type.Fields) JsonReadEmitter.Assignment(writer, field, ns);
                    }

                    PropertyEmitter.Properties(writer, type.Fields, ns);

                    writer.Line();
                    writer.Line("/// <summary>Writes this value as a JSON object with camelCase property names.</summary>");
                    using (writer.Block("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)"))
                    {
                        writer.Line("writer.WriteStartObject();");
                        foreach (var field in type.Fields) JsonEmitter.Property(writer, field);
                        writer.Line("writer.WriteEndObject();");
                    }

                    writer.Line();
                    CsvEmitter.TypeText(writer, type);
                }
            }
            return writer.ToString();
        }
    }
}
