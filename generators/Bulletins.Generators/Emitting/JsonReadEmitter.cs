using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// The reading twin of <see cref="JsonEmitter"/>: expressions that turn a <c>JsonElement</c> written by
    /// it back into the field's value, through <c>global::Bulletins.Json.KindJson</c> (null and a missing
    /// property read as the field's default; dates from <c>yyyy-MM-dd</c>; lists, maps and declared types nested).
    /// </summary>
    internal static class JsonReadEmitter
    {
        private const string KindJson = "global::Bulletins.Json.KindJson";

        /// <summary><c>this.Field = ...;</c> for a constructor taking a <c>JsonElement</c> named <c>json</c>.</summary>
        public static void Assignment(CodeWriter writer, FieldModel field, string ns)
        {
            var element = KindJson + ".Property(json, " + Literals.String(field.JsonName) + ")";
            writer.Line("this." + field.PropertyName + " = " + Value(field.Type, element, ns, 0) + ";");
        }

        private static string Value(FieldTypeModel type, string element, string ns, int depth)
        {
            var item = "item" + depth;
            switch (type.Shape)
            {
                case TypeShape.List:
                    return KindJson + ".List<" + CSharpTypes.Property(type.Element!, ns) + ">(" + element + ", static " + item + " => " + Value(type.Element!, item, ns, depth + 1) + ")";
                case TypeShape.Map:
                    return KindJson + ".Map<" + CSharpTypes.Property(type.Element!, ns) + ">(" + element + ", static " + item + " => " + Value(type.Element!, item, ns, depth + 1) + ")";
                case TypeShape.Declared:
                {
                    var record = CSharpTypes.Property(type with { IsNullable = false }, ns);
                    // A null record the type says cannot be null reads as the empty value the property starts with.
                    var absent = type.IsNullable ? "null" : "new " + record + "()";
                    return KindJson + ".IsNull(" + element + ") ? " + absent + " : new " + record + "(" + element + ")";
                }
            }
            return KindJson + "." + Scalar(type.Name) + (type.IsNullable ? "OrNull" : "") + "(" + element + ")";
        }

        private static string Scalar(string name)
        {
            switch (name)
            {
                case "string": return "String";
                case "bool": return "Boolean";
                case "int": return "Int32";
                case "long": return "Int64";
                case "decimal": return "Decimal";
                case "double": return "Double";
                case "date": return "Date";
                default: throw new System.InvalidOperationException("Not a builtin schema type: " + name);
            }
        }
    }
}
