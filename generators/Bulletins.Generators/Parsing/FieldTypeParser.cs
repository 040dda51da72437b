using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Parses field types: a builtin (<c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c>,
    /// <c>double</c>, <c>bool</c>, <c>date</c>) or declared type name, optionally <c>?</c>; any type
    /// followed by <c>[]</c>; or <c>map&lt;string, T&gt;</c>. Lists and maps are never nullable: an
    /// absent list is an empty one.
    /// </summary>
    internal static class FieldTypeParser
    {
        public static readonly IReadOnlyCollection<string> Builtins = new HashSet<string> { "string", "int", "long", "decimal", "double", "bool", "date" };

        /// <summary>
        /// Deepest nesting of lists and maps (<c>map&lt;string, string[]&gt;[]</c> is 3): the generated
        /// code for a type grows with the square of its depth, and no field needs more than a few.
        /// </summary>
        public const int MaxDepth = 8;

        /// <summary>The parsed type, or null with <paramref name="problem"/> saying why.</summary>
        public static FieldTypeModel? Parse(string text, ICollection<string> declaredTypes, out string problem) => Parse(text, declaredTypes, 0, out problem);

        private static FieldTypeModel? Parse(string text, ICollection<string> declaredTypes, int depth, out string problem)
        {
            problem = "";
            if (depth > MaxDepth)
            {
                problem = $"lists and maps nest at most {MaxDepth} deep";
                return null;
            }
            var trimmed = text.Trim();
            if (trimmed.EndsWith("[]"))
            {
                var element = Parse(trimmed.Substring(0, trimmed.Length - 2), declaredTypes, depth + 1, out problem);
                return element is null ? null : new FieldTypeModel(TypeShape.List, "", false, element);
            }

            if (trimmed.StartsWith("map<") && trimmed.EndsWith(">"))
            {
                var inner = trimmed.Substring(4, trimmed.Length - 5);
                int comma = inner.IndexOf(',');
                if (comma < 0 || inner.Substring(0, comma).Trim() != "string")
                {
                    problem = "a map is written map<string, T> (keys are always strings)";
                    return null;
                }
                var value = Parse(inner.Substring(comma + 1), declaredTypes, depth + 1, out problem);
                return value is null ? null : new FieldTypeModel(TypeShape.Map, "", false, value);
            }

            bool nullable = trimmed.EndsWith("?");
            var name = nullable ? trimmed.Substring(0, trimmed.Length - 1).Trim() : trimmed;
            if (name.EndsWith("?") || name.EndsWith("]") || name.EndsWith(">"))
            {
                problem = "lists and maps cannot be nullable (an absent list is empty), and '?' is written once";
                return null;
            }
            if (Builtins.Contains(name)) return new FieldTypeModel(TypeShape.Builtin, name, nullable, null);
            if (declaredTypes.Contains(name)) return new FieldTypeModel(TypeShape.Declared, name, nullable, null);
            // A record of another schema (the built-in Bulletins.Quantity, say), by its full name: whether
            // it exists is for the compilation to say (Checking/ReferenceCheck).
            if (IsQualifiedName(name)) return new FieldTypeModel(TypeShape.Declared, name.StartsWith("global::") ? name.Substring(8) : name, nullable, null);

            problem = "expected string, int, long, decimal, double, bool, date, a name declared under 'types', another schema's type by its full name (Bulletins.Quantity), T?, T[] or map<string, T>";
            return null;
        }

        private static bool IsQualifiedName(string name)
        {
            if (name.StartsWith("global::")) name = name.Substring("global::".Length);
            var parts = name.Split('.');
            return parts.Length >= 2 && parts.All(part => Identifiers.Problem(part) is null);
        }
    }
}
