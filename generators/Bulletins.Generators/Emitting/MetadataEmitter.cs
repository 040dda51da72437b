using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits <c>ArticleSchema</c>: the schema as run-time metadata (kinds, fields, declared types,
    /// recognition rules, descriptions), built once in static initialisers.
    /// </summary>
    internal static class MetadataEmitter
    {
        private const string List = "global::System.Collections.Generic.IReadOnlyList";
        private const string SchemaNs = "global::Bulletins.Schema";

        public static string Emit(SchemaModel schema)
        {
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                DocComments.Summary(writer, "The article schema at run time: its kinds, their fields and recognition rules, and the declared types.");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public static partial class " + schema.Metadata))
                {
                    writer.Line("/// <summary>The namespace the schema's records are generated in.</summary>");
                    writer.Line("public const string Namespace = " + Literals.String(schema.Namespace) + ";");
                    writer.Line();
                    writer.Line("/// <summary>The schema's own description.</summary>");
                    writer.Line("public const string Description = " + Literals.String(schema.Description) + ";");
                    writer.Line();
                    EmitRules(writer, schema);
                    EmitKinds(writer, schema);
                    EmitRecognition(writer, schema);
                    EmitTypes(writer, schema);
                    EmitLookups(writer, schema);
                    EmitDefinition(writer, schema);
                }
            }
            return writer.ToString();
        }

        private static void EmitRules(CodeWriter writer, SchemaModel schema)
        {
            // Listed by each rule's index: the classifier refers to ArticleSchema.Rules[rule.Index].
            var rules = schema.Kinds.Where(k => k.Recognition != null)
                .SelectMany(kind => kind.Recognition!.Rules.Select(rule => (Kind: kind.Name, Rule: rule)))
                .OrderBy(pair => pair.Rule.Index)
                .Select(pair =>
                    "new " + SchemaNs + ".RuleInfo(" + Literals.String(pair.Kind) + ", " + ExtractorEmitter.Scope(pair.Rule.Scope) + ", "
                    + Literals.String(pair.Rule.Pattern.Text) + ", " + pair.Rule.Weight.ToString(CultureInfo.InvariantCulture) + ", " + Literals.String(pair.Rule.Generalises) + ")");
            EmitList(writer, "RuleInfo", "Rules", "Every recognition rule, kind by kind in schema order.", rules);
        }

        private static void EmitKinds(CodeWriter writer, SchemaModel schema)
        {
            var kinds = schema.Kinds.Select(kind =>
                "new " + SchemaNs + ".KindInfo(" + Literals.String(kind.Name) + ", " + Literals.String(kind.Description) + ", typeof(global::"
                + schema.Namespace + "." + kind.Name + "), " + (kind.IsFallback ? "true" : "false") + ", " + Fields(kind.Fields) + ")");
            EmitList(writer, "KindInfo", "Kinds", "The kinds in schema order (the order of <see cref=\"" + schema.KindEnum + "\"/>).", kinds);
        }

        private static void EmitRecognition(CodeWriter writer, SchemaModel schema)
        {
            var recognition = new List<string>();
            int start = 0;
            foreach (var kind in schema.Kinds.Where(k => k.Recognition != null))
            {
                var rules = kind.Recognition!.Rules;
                int count = rules.Count;
                // A kind's rules are numbered consecutively, so its range starts at its first rule's index.
                if (count > 0) start = rules[0].Index;
                recognition.Add("new " + SchemaNs + ".RecognitionInfo(" + Literals.String(kind.Name) + ", " + kind.Recognition.Threshold.ToString(CultureInfo.InvariantCulture)
                    + ", RuleRange(" + start.ToString(CultureInfo.InvariantCulture) + ", " + count.ToString(CultureInfo.InvariantCulture) + "))");
                start += count;
            }
            EmitList(writer, "RecognitionInfo", "Recognition", "The threshold and rules of every kind that has recognition rules, in schema order.", recognition);
        }

        private static void EmitTypes(CodeWriter writer, SchemaModel schema)
        {
            var types = schema.Types.Select(type =>
                "new " + SchemaNs + ".DeclaredTypeInfo(" + Literals.String(type.Name) + ", " + Literals.String(type.Description) + ", typeof(global::"
                + schema.Namespace + "." + type.Name + "), " + Fields(type.Fields) + ")");
            EmitList(writer, "DeclaredTypeInfo", "Types", "The record types the schema declares for its fields.", types);
        }

        /// <summary>A static read-only list property of metadata records, one element a line.</summary>
        private static void EmitList(CodeWriter writer, string elementType, string property, string summary, IEnumerable<string> elements)
        {
            writer.Line("/// <summary>" + summary + "</summary>");
            writer.Line("public static " + List + "<" + SchemaNs + "." + elementType + "> " + property + " { get; } = " + CSharpTypes.ValueList + ".FromArray(new " + SchemaNs + "." + elementType + "[]");
            writer.Line("{");
            foreach (var element in elements) writer.Line("    " + element + ",");
            writer.Line("});");
            writer.Line();
        }

        /// <summary>Last, so that the static fields it reads are initialised before it.</summary>
        private static void EmitDefinition(CodeWriter writer, SchemaModel schema)
        {
            writer.Line();
            writer.Line("/// <summary>The schema as one value, to combine with other schemas in a <see cref=\"" + SchemaNs + ".SchemaSet\"/>.</summary>");
            writer.Line("public static " + SchemaNs + ".SchemaDefinition Definition { get; } = new " + SchemaNs + ".SchemaDefinition(");
            writer.Line("    " + Literals.String(schema.Name) + ", Namespace, Kinds, Types, " + schema.Factory + ".Create, " + schema.Factory + ".CreateIfRecognised);");
        }

        private static void EmitLookups(CodeWriter writer, SchemaModel schema)
        {
            writer.Line("private static readonly global::System.Collections.Generic.Dictionary<string, " + SchemaNs + ".KindInfo> KindsByName =");
            writer.Line("    global::System.Linq.Enumerable.ToDictionary(Kinds, static kind => kind.Name, global::System.StringComparer.OrdinalIgnoreCase);");
            writer.Line();
            writer.Line("/// <summary>The kind called <paramref name=\"name\"/> (case-insensitive), or null.</summary>");
            writer.Line("public static " + SchemaNs + ".KindInfo? Find(string? name) => name is not null && KindsByName.TryGetValue(name, out var kind) ? kind : null;");
            writer.Line();
            writer.Line("/// <summary>The metadata of <paramref name=\"kind\"/>.</summary>");
            writer.Line("public static " + SchemaNs + ".KindInfo Of(" + schema.KindEnum + " kind) => Kinds[(int)kind];");
            writer.Line();
            writer.Line("/// <summary>The recognition of the kind called <paramref name=\"name\"/> (case-insensitive), or null when it has none.</summary>");
            writer.Line("public static " + SchemaNs + ".RecognitionInfo? RecognitionOf(string? name) =>");
            writer.Line("    global::System.Linq.Enumerable.FirstOrDefault(Recognition, r => string.Equals(r.Kind, name, global::System.StringComparison.OrdinalIgnoreCase));");
            writer.Line();
            writer.Line("private static " + List + "<" + SchemaNs + ".RuleInfo> RuleRange(int start, int count) =>");
            writer.Line("    " + CSharpTypes.ValueList + ".FromArray(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Take(global::System.Linq.Enumerable.Skip(Rules, start), count)));");
        }

        private static string Fields(IEnumerable<FieldModel> fields)
        {
            var items = fields.Select(f => "new " + SchemaNs + ".SchemaField(" + Literals.String(f.PropertyName) + ", " + Literals.String(f.JsonName) + ", "
                + Literals.String(f.Type.SchemaText) + ", " + Literals.String(f.Description) + ", false)").ToList();
            return items.Count == 0
                ? CSharpTypes.ValueList + "<" + SchemaNs + ".SchemaField>.Empty"
                : CSharpTypes.ValueList + ".FromArray(new " + SchemaNs + ".SchemaField[] { " + string.Join(", ", items) + " })";
        }
    }
}
