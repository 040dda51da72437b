using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Writes the statements that put a field's value on a <c>Utf8JsonWriter</c> named <c>writer</c>:
    /// null as null, dates as <c>yyyy-MM-dd</c>, lists as arrays, maps and declared types as objects.
    /// </summary>
    internal static class JsonEmitter
    {
        public static void Property(CodeWriter writer, FieldModel field)
        {
            writer.Line("writer.WritePropertyName(" + Literals.String(field.JsonName) + ");");
            Value(writer, field.Type, "this." + field.PropertyName, field.JsonName, 0);
        }

        /// <param name="local">A prefix for locals, unique per field: pattern variables leak into the enclosing scope.</param>
        private static void Value(CodeWriter writer, FieldTypeModel type, string value, string local, int depth)
        {
            switch (type.Shape)
            {
                case TypeShape.List:
                {
                    var item = local + "Item" + depth;
                    writer.Line("writer.WriteStartArray();");
                    using (writer.Block("foreach (var " + item + " in " + value + ")"))
                    {
                        Value(writer, type.Element!, item, local, depth + 1);
                    }
                    writer.Line("writer.WriteEndArray();");
                    return;
                }
                case TypeShape.Map:
                {
                    var entry = local + "Entry" + depth;
                    writer.Line("writer.WriteStartObject();");
                    using (writer.Block("foreach (var " + entry + " in " + value + ")"))
                    {
                        writer.Line("writer.WritePropertyName(" + entry + ".Key);");
                        Value(writer, type.Element!, entry + ".Value", local, depth + 1);
                    }
                    writer.Line("writer.WriteEndObject();");
                    return;
                }
            }

            // Declared records can hold null even when declared non-nullable (null! in an initialiser), so
            // they are checked too; value types only when nullable; strings write null as null by themselves.
            bool check = (type.IsNullable || type.Shape == TypeShape.Declared) && !type.IsBuiltin("string");
            if (!check)
            {
                writer.Line(WriteScalar(type, value));
                return;
            }

            var present = local + "Value" + depth;
            using (writer.Block("if (" + value + " is { } " + present + ")"))
            {
                writer.Line(type.Shape == TypeShape.Declared ? present + ".WriteJson(writer);" : WriteScalar(type, present));
            }
            using (writer.Block("else"))
            {
                writer.Line("writer.WriteNullValue();");
            }
        }

        private static string WriteScalar(FieldTypeModel type, string value)
        {
            switch (type.Name)
            {
                case "string": return "writer.WriteStringValue(" + value + ");";
                case "bool": return "writer.WriteBooleanValue(" + value + ");";
                case "date": return "writer.WriteStringValue(" + value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));";
                // JSON has no NaN or infinity.
                case "double": return "if (double.IsFinite(" + value + ")) writer.WriteNumberValue(" + value + "); else writer.WriteNullValue();";
                default: return "writer.WriteNumberValue(" + value + ");";
            }
        }
    }
}
