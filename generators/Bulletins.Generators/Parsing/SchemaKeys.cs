namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The keys each mapping of a schema may have. schema/articles.schema.json declares the same
    /// keys for editors; a test keeps the two in step.
    /// </summary>
    internal static class SchemaKeys
    {
        public static readonly string[] Root = { "namespace", "name", "description", "words", "patterns", "types", "kinds" };
        public static readonly string[] NamedPattern = { "name", "description", "pattern" };
        public static readonly string[] Use = { "use" };
        public static readonly string[] WordList = { "name", "description", "words" };
        public static readonly string[] Type = { "name", "description", "fields" };
        public static readonly string[] Kind = { "name", "description", "fallback", "recognition", "fields" };
        public static readonly string[] Recognition = { "threshold", "rules" };
        public static readonly string[] Rule = { "in", "pattern", "weight", "generalises" };
        public static readonly string[] KindField = { "name", "type", "description", "extract" };
        public static readonly string[] TypeField = { "name", "type", "description" };
        public static readonly string[] Extract = { "pattern", "in", "flag", "count", "method" };
        public static readonly string[] Flag = { "true", "false" };
        public static readonly string[] Count = { "noun", "verb" };
    }
}
