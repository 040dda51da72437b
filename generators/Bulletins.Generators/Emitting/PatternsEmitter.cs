using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits <c>ArticlePatterns</c>: one <c>Bulletins.Extraction.Runtime.SchemaPattern</c> per <c>patterns:</c>
    /// entry (its text, and the prefilter the one analysis found), for the C# extractors that share a rule's wording.
    /// </summary>
    internal static class PatternsEmitter
    {
        private const string SchemaPattern = "global::Bulletins.Extraction.Runtime.SchemaPattern";

        public static string Emit(SchemaModel schema)
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                writer.Line("/// <summary>The schema's named patterns (<c>patterns:</c>), for the rules and extractors that use them.</summary>");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public static partial class " + schema.PatternsClass))
                {
                    for (int i = 0; i < schema.Patterns.Count; i++)
                    {
                        var named = schema.Patterns[i];
                        if (i > 0) writer.Line();
                        DocComments.Summary(writer, named.Description, "The named pattern '" + named.Name + "'.");
                        var prefilter = named.Pattern.Prefilter;
                        var literals = prefilter is null ? "null" : Literals.StringArray(prefilter.Literals);
                        var ignoreCase = prefilter != null && prefilter.IgnoreCase ? "true" : "false";
                        writer.Line("public static " + SchemaPattern + " " + named.PropertyName + " { get; } = new " + SchemaPattern + "(");
                        writer.Line("    " + Literals.String(named.Pattern.Text) + ", " + literals + ", " + ignoreCase + ");");
                    }
                }
            }
            return writer.ToString();
        }
    }
}
