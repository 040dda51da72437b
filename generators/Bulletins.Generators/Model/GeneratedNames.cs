namespace Bulletins.Generators.Model
{
    /// <summary>Names the generated code declares that the parser must keep schema names away from.</summary>
    internal static class GeneratedNames
    {
        /// <summary>The nested class holding a generated class's compiled patterns.</summary>
        public const string PatternClass = "SchemaPatterns";
    }
}
