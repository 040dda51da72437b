namespace Bulletins.Generators.Model
{
    /// <summary>Names the generated code declares that the parser must keep schema names away from.</summary>
    internal static class GeneratedNames
    {
        /// <summary>The nested class holding a generated class's compiled patterns.</summary>
        public const string PatternClass = "SchemaPatterns";

        /// <summary>The static class holding the schema's named word lists (<c>words:</c>).</summary>
        public const string Words = "ArticleWords";

        /// <summary>
        /// The lists the count extractor reads, by schema name, in the order of
        /// <c>Bulletins.Extraction.Runtime.CountWords</c>'s constructor; a list the schema does not declare is empty.
        /// </summary>
        public static readonly string[] CountLists = { "personNouns", "placeNouns", "countQualifiers", "roleNouns", "earlierMarkers", "earlierActions" };
    }
}
