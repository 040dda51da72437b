using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Emits <c>ArticleKind</c>: one member per kind, in schema order (the order ties are broken in).</summary>
    internal static class KindEnumEmitter
    {
        public static string Emit(SchemaModel schema)
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                writer.Line("/// <summary>The article kinds of the schema, in schema order.</summary>");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public enum " + schema.KindEnum))
                {
                    foreach (var kind in schema.Kinds)
                    {
                        DocComments.Summary(writer, kind.Description);
                        writer.Line(kind.Name + ",");
                    }
                }
            }
            return writer.ToString();
        }
    }
}
