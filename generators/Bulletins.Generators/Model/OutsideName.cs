namespace Bulletins.Generators.Model
{
    /// <summary>What a schema names that only the compilation can check.</summary>
    internal enum ReferenceKind
    {
        /// <summary>A <c>method:</c> extractor, a static method the generated constructor calls.</summary>
        Method,
        /// <summary>A field type declared outside the schema (<c>Bulletins.Quantity</c>), named by its full name.</summary>
        Type,
    }

    /// <summary>
    /// A name in the schema that must exist in the compilation, with where the schema says it. Kept out of
    /// <see cref="SchemaModel"/>: its location changes with every edit above it, and the model must not.
    /// </summary>
    /// <param name="Name">The method's or type's full name, without <c>global::</c>.</param>
    /// <param name="Field">The field it fills or types, as <c>Kind.field</c>.</param>
    /// <param name="Type">The field's type, which a method must return.</param>
    internal sealed record OutsideName(ReferenceKind Kind, string Name, string Field, FieldTypeModel Type, LocationInfo Location);

    /// <summary>Every <see cref="OutsideName"/> of one schema, and the namespace its own types live in.</summary>
    internal sealed record SchemaReferences(string Namespace, EquatableArray<OutsideName> References)
    {
        public static readonly SchemaReferences None = new SchemaReferences("", EquatableArray<OutsideName>.Empty);
    }
}
