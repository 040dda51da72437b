using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Emits <c>ArticleFactory</c>: classify, then construct the kind's record.</summary>
    internal static class FactoryEmitter
    {
        private const string Context = "global::Bulletins.Extraction.Runtime.ExtractionContext";

        public static string Emit(SchemaModel schema)
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                writer.Line("/// <summary>Turns an article's extraction context into the typed record of its kind.</summary>");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public static partial class ArticleFactory"))
                {
                    writer.Line("/// <summary>");
                    writer.Line("/// Classifies the article and builds the record of its kind; a repeat of an earlier article keeps");
                    writer.Line("/// that article's kind (<see cref=\"" + Context + ".DuplicateKind\"/>), since only its title is reworded.");
                    writer.Line("/// </summary>");
                    writer.Line("public static global::Bulletins.Article Create(" + Context + " context) =>");
                    writer.Line("    Create(global::System.Enum.TryParse<ArticleKind>(context.DuplicateKind, out var kept) && global::System.Enum.IsDefined(kept) ? kept : ArticleClassifier.Classify(context), context);");
                    writer.Line();
                    writer.Line("/// <summary>Builds the record of the given kind, whatever the classifier would say.</summary>");
                    using (writer.Block("public static global::Bulletins.Article Create(ArticleKind kind, " + Context + " context)"))
                    {
                        using (writer.Block("return kind switch", "};"))
                        {
                            foreach (var kind in schema.Kinds)
                            {
                                writer.Line("ArticleKind." + kind.Name + " => new global::" + schema.Namespace + "." + kind.Name + "(context),");
                            }
                            writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(kind), kind, \"Not a kind of this schema.\"),");
                        }
                    }
                    writer.Line();
                    writer.Line("/// <summary>");
                    writer.Line("/// Reads an article back from a JSON Lines object as the record its <c>kind</c> names (exactly as written);");
                    writer.Line("/// null when the kind is not one of this schema's (or the object has none).");
                    writer.Line("/// </summary>");
                    using (writer.Block("public static global::Bulletins.Article? FromJson(global::System.Text.Json.JsonElement json)"))
                    {
                        using (writer.Block("return global::Bulletins.Json.KindJson.KindName(json) switch", "};"))
                        {
                            foreach (var kind in schema.Kinds)
                            {
                                writer.Line(Literals.String(kind.Name) + " => new global::" + schema.Namespace + "." + kind.Name + "(json),");
                            }
                            writer.Line("_ => null,");
                        }
                    }
                }
            }
            return writer.ToString();
        }
    }
}
