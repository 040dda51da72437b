using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits the <c>{ get; init; }</c> properties of a record's schema fields. A kind field that a schema
    /// extractor fills is lazy: its backing field is a <c>LazyField</c> that the constructor points at the
    /// extractor and the first read computes (<see cref="IsLazy"/>).
    /// </summary>
    internal static class PropertyEmitter
    {
        public const string LazyField = "global::Bulletins.Extraction.Runtime.LazyField";

        /// <summary>Kind fields with an extractor are computed on first read; declared types' fields are plain values.</summary>
        public static bool IsLazy(FieldModel field, bool kind) => kind && field.Extractor is not null;

        public static void BackingFields(CodeWriter writer, IEnumerable<FieldModel> fields, string ns, bool kind = false)
        {
            bool any = false;
            foreach (var field in fields)
            {
                if (IsLazy(field, kind))
                {
                    var type = LazyType(field, ns);
                    // The field's value before the constructor or an init accessor sets it: one computed LazyField a
                    // type shares (it never changes), not one more object a field and article that the constructor
                    // from a context would drop at once.
                    writer.Line("private static readonly " + type + " " + UnsetField(field) + " = " + type + ".Of(" + (CSharpTypes.Default(field.Type, ns) ?? "default") + ");");
                    writer.Line("private " + type + " " + BackingField(field) + " = " + UnsetField(field) + ";");
                    any = true;
                    continue;
                }
                if (!CSharpTypes.HasBackingField(field.Type)) continue;
                writer.Line("private " + CSharpTypes.Property(field.Type, ns) + " " + BackingField(field) + " = " + CSharpTypes.Default(field.Type, ns) + ";");
                any = true;
            }
            if (any) writer.Line();
        }

        /// <summary>The constructor's statement pointing a lazy field at its extractor (the lambda's <c>context</c> is the article's).</summary>
        public static string LazyAssignment(FieldModel field, string ns, string expression)
        {
            // Lists and maps become value collections, as the init accessor makes them, so that records compare by value.
            var compute = CSharpTypes.HasBackingField(field.Type)
                ? "{ var value = " + expression + "; return " + CSharpTypes.ToValueCollection(field.Type, "value", ns) + "; }"
                : expression;
            return "this." + BackingField(field) + " = context.Lazy<" + CSharpTypes.Property(field.Type, ns) + ">(static context => " + compute + ", "
                + (CSharpTypes.Default(field.Type, ns) ?? "default") + ", " + Literals.String(field.JsonName) + ");";
        }

        private static string LazyType(FieldModel field, string ns) => LazyField + "<" + CSharpTypes.Property(field.Type, ns) + ">";

        public static void Properties(CodeWriter writer, IEnumerable<FieldModel> fields, string ns, bool kind = false)
        {
            foreach (var field in fields)
            {
                writer.Line();
                DocComments.Summary(writer, field.Description);
                var type = CSharpTypes.Property(field.Type, ns);
                if (IsLazy(field, kind))
                {
                    var backing = BackingField(field);
                    var value = CSharpTypes.HasBackingField(field.Type) ? CSharpTypes.ToValueCollection(field.Type, "value", ns) : "value";
                    writer.Line("public " + type + " " + field.PropertyName);
                    writer.Line("{");
                    writer.Line("    get => " + backing + ".Value;");
                    writer.Line("    init => " + backing + " = " + LazyType(field, ns) + ".Of(" + value + ");");
                    writer.Line("}");
                }
                else if (CSharpTypes.HasBackingField(field.Type))
                {
                    var backing = BackingField(field);
                    writer.Line("public " + type + " " + field.PropertyName);
                    writer.Line("{");
                    writer.Line("    get => " + backing + ";");
                    writer.Line("    init => " + backing + " = " + CSharpTypes.ToValueCollection(field.Type, "value", ns) + ";");
                    writer.Line("}");
                }
                else
                {
                    var initial = CSharpTypes.Default(field.Type, ns);
                    writer.Line("public " + type + " " + field.PropertyName + " { get; init; }" + (initial is null ? "" : " = " + initial + ";"));
                }
            }
        }

        /// <summary>Field names start with a letter, so <c>_name</c> cannot clash with a property.</summary>
        private static string BackingField(FieldModel field) => "_" + field.JsonName;

        /// <summary>The shared value of a lazy field before it is set (<c>_name</c> is the backing field, so <c>__name</c> cannot clash).</summary>
        private static string UnsetField(FieldModel field) => "__" + field.JsonName + "Unset";
    }
}
