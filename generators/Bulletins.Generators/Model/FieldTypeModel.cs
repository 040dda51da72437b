namespace Bulletins.Generators.Model
{
    /// <summary>The shapes a schema field type can take.</summary>
    internal enum TypeShape
    {
        /// <summary>string, int, long, decimal, double, bool or date.</summary>
        Builtin,
        /// <summary>A record declared under <c>types</c>.</summary>
        Declared,
        /// <summary><c>T[]</c>.</summary>
        List,
        /// <summary><c>map&lt;string, T&gt;</c>.</summary>
        Map,
    }

    /// <summary>A parsed schema field type, such as <c>int?</c>, <c>ScheduleEntry[]</c> or <c>map&lt;string, string[]&gt;</c>.</summary>
    /// <param name="Name">The builtin or declared type name (empty for lists and maps).</param>
    /// <param name="Element">The element type of a list or the value type of a map.</param>
    internal sealed record FieldTypeModel(TypeShape Shape, string Name, bool IsNullable, FieldTypeModel? Element)
    {
        /// <summary>The type as the schema spells it, normalised (for metadata and messages).</summary>
        public string SchemaText => Shape switch
        {
            TypeShape.List => Element!.SchemaText + "[]",
            TypeShape.Map => "map<string, " + Element!.SchemaText + ">",
            _ => Name + (IsNullable ? "?" : ""),
        };

        public bool IsBuiltin(string name) => Shape == TypeShape.Builtin && Name == name;
    }
}
