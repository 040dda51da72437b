namespace Bulletins.Generators.Model
{
    /// <summary>The shapes a schema field type can take.</summary>
    internal enum TypeShape
    {
        /// <summary>string, int, long, decimal, double, bool or date.</summary>
        Builtin,
        /// <summary>A record declared under <c>types</c>, or one generated from another schema, named by its full name (<see cref="FieldTypeModel.IsQualified"/>).</summary>
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

        /// <summary>A declared type of another schema (<c>Bulletins.Quantity</c>): its name is its full name.</summary>
        public bool IsQualified => Shape == TypeShape.Declared && Name.IndexOf('.') >= 0;

        /// <summary>The full name of a declared type, whose unqualified names live in <paramref name="ns"/>.</summary>
        public string FullName(string ns) => IsQualified ? Name : ns + "." + Name;

        /// <summary>The element type inside all lists and maps (the type itself for a scalar).</summary>
        public FieldTypeModel Innermost => Element is null ? this : Element.Innermost;
    }
}
