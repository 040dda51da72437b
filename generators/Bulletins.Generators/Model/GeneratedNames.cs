namespace Bulletins.Generators.Model
{
    /// <summary>Names the generated code declares that the parser must keep schema names away from.</summary>
    internal static class GeneratedNames
    {
        /// <summary>The nested class holding a generated class's compiled patterns.</summary>
        public const string PatternClass = "SchemaPatterns";

        // Each schema's helper types carry its name, so that two schemas' helpers never share a simple
        // name: with both namespaces imported, `NoticesFactory` and the built-in `ArticleFactory` are
        // told apart (one name per schema would be CS0104, an ambiguous reference).
        public static string KindEnum(string schemaName) => schemaName + "Kind";

        public static string Classifier(string schemaName) => schemaName + "Classifier";

        public static string Factory(string schemaName) => schemaName + "Factory";

        public static string Metadata(string schemaName) => schemaName + "Schema";

        /// <summary>The static class holding the schema's named word lists (<c>words:</c>), <c>&lt;Name&gt;Words</c>.</summary>
        public static string Words(string schemaName) => schemaName + "Words";

        /// <summary>The static class holding the schema's named patterns (<c>patterns:</c>), <c>&lt;Name&gt;Patterns</c>.</summary>
        public static string Patterns(string schemaName) => schemaName + "Patterns";

        public static string[] HelperTypes(string schemaName) => new[] { KindEnum(schemaName), Classifier(schemaName), Factory(schemaName), Metadata(schemaName), Words(schemaName), Patterns(schemaName) };

        /// <summary>The built-in schema's name (namespace <c>Bulletins</c>): no other schema may take it.</summary>
        public const string BuiltInSchemaName = "Article";

        /// <summary>
        /// The lists the count extractor reads, by schema name, in the order of
        /// <c>Bulletins.Extraction.Runtime.CountWords</c>'s constructor; a list the schema does not declare is empty.
        /// </summary>
        public static readonly string[] CountLists = { "personNouns", "placeNouns", "countQualifiers", "roleNouns", "earlierMarkers", "earlierActions" };
    }
}
