using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Emits the <c>{ get; init; }</c> properties of a record's schema fields.</summary>
    internal static class PropertyEmitter
    {
        public static void BackingFields(CodeWriter writer, IEnumerable<FieldModel> fields, string ns)
        {
            bool any = false;
            foreach (var field in fields)
            {
                if (!CSharpTypes.HasBackingField(field.Type)) continue;
                writer.Line("private " + CSharpTypes.Property(field.Type, ns) + " " + BackingField(field) + " = " + CSharpTypes.Default(field.Type, ns) + ";");
                any = true;
            }
            if (any) writer.Line();
        }

        public static void Properties(CodeWriter writer, IEnumerable<FieldModel> fields, string ns)
        {
            foreach (var field in fields)
            {
                writer.Line();
                DocComments.Summary(writer, field.Description);
                var type = CSharpTypes.Property(field.Type, ns);
                if (CSharpTypes.HasBackingField(field.Type))
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
    }
}
