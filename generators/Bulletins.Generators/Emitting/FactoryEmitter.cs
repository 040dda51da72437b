using System.Linq;
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
                using (writer.Block("public static partial class " + schema.Factory))
                {
                    writer.Line("/// <summary>");
                    writer.Line("/// Classifies the article and builds the record of its kind; a repeat of an earlier article of this schema");
                    writer.Line("/// keeps that article's kind (<see cref=\"" + Context + ".DuplicateRecordType\"/>), since only its title is reworded.");
                    writer.Line("/// </summary>");
                    writer.Line("public static global::Bulletins.Article Create(" + Context + " context) =>");
                    writer.Line("    Create(KindOf(context.DuplicateRecordType) ?? " + schema.Classifier + ".Classify(context), context);");
                    writer.Line();
                    var fallback = schema.Kinds.First(k => k.IsFallback).Name;
                    writer.Line("/// <summary>");
                    writer.Line("/// The record of the article's kind when one of this schema's kinds other than the fallback claims it (or");
                    writer.Line("/// it repeats an article of one), else null: how a <see cref=\"global::Bulletins.Schema.SchemaSet\"/> lets the next schema try.");
                    writer.Line("/// </summary>");
                    using (writer.Block("public static global::Bulletins.Article? CreateIfRecognised(" + Context + " context)"))
                    {
                        writer.Line("var kind = KindOf(context.DuplicateRecordType) ?? " + schema.Classifier + ".Classify(context);");
                        writer.Line("return kind == " + schema.KindEnum + "." + fallback + " ? null : Create(kind, context);");
                    }
                    writer.Line();
                    writer.Line("/// <summary>The kind whose record type is <paramref name=\"recordType\"/>, or null when it is not a record of this schema (or null).</summary>");
                    using (writer.Block("public static " + schema.KindEnum + "? KindOf(global::System.Type? recordType)"))
                    {
                        foreach (var kind in schema.Kinds)
                        {
                            writer.Line("if (recordType == typeof(global::" + schema.Namespace + "." + kind.Name + ")) return " + schema.KindEnum + "." + kind.Name + ";");
                        }
                        writer.Line("return null;");
                    }
                    writer.Line();
                    writer.Line("/// <summary>Builds the record of the given kind, whatever the classifier would say.</summary>");
                    using (writer.Block("public static global::Bulletins.Article Create(" + schema.KindEnum + " kind, " + Context + " context)"))
                    {
                        using (writer.Block("return kind switch", "};"))
                        {
                            foreach (var kind in schema.Kinds)
                            {
                                writer.Line(schema.KindEnum + "." + kind.Name + " => new global::" + schema.Namespace + "." + kind.Name + "(context),");
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
