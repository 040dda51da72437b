using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Bulletins.Generators.Parsing
{
    /// <summary>What names the schema may give its kinds, types, fields and namespace.</summary>
    internal static class Identifiers
    {
        /// <summary>Members every kind record already has: the base fields (from the base-field table), the
        /// writing methods of <c>Bulletins.Article</c>, the generated pattern class, and a record's own.</summary>
        public static readonly IReadOnlyCollection<string> ArticleMembers = new HashSet<string>(
            Bulletins.Schema.BaseFieldTable.Rows.Select(row => row.Name)
                .Concat(new[] { "WriteKindFields", "WriteKindCells", "WriteBaseFields", "WriteBaseCells", "BaseCellCount", Model.GeneratedNames.PatternClass }))
            .Concat(RecordMembers()).ToList();

        /// <summary>Members every declared type's record already has.</summary>
        public static readonly IReadOnlyCollection<string> TypeMembers = new HashSet<string> { "WriteJson", "ToFieldText" }.Concat(RecordMembers()).ToList();

        /// <summary>Types the generated code declares in the schema's namespace.</summary>
        public static readonly IReadOnlyCollection<string> GeneratedTypes = new[] { "ArticleKind", "ArticleClassifier", "ArticleFactory", "ArticleSchema" };

        /// <summary>Types the Bulletins library declares in namespace <c>Bulletins</c>.</summary>
        public static readonly IReadOnlyCollection<string> LibraryTypes = new[] { "Article", "Bulletin", "BulletinReadOptions" };

        /// <summary>Longest name a kind, type or field may have (the compiler's own limit is far higher; no real name comes near).</summary>
        public const int MaxNameLength = 128;

        /// <summary>Most dotted parts, and longest whole, a schema namespace may have.</summary>
        public const int MaxNamespaceParts = 16, MaxNamespaceLength = 512;

        /// <summary>Null when <paramref name="name"/> can name a C# type or member, else why not.</summary>
        public static string? Problem(string name)
        {
            if (name.Length > MaxNameLength) return $" (it is {name.Length} characters long; at most {MaxNameLength} are allowed)";
            // C# ignores formatting characters in identifiers: `Note` and `No\u200Dte` would be one name.
            if (name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
                return " (it holds an invisible formatting character, such as a zero-width joiner, that C# ignores: it would be the same name as the one without it)";
            if (!name.IsNormalized(NormalizationForm.FormC)) return " (it is not in Unicode normal form C, so it can look exactly like another name; write it composed)";
            if (!SyntaxFacts.IsValidIdentifier(name)) return "";
            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None) return " (it is a C# keyword)";
            if (SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None) return " (it is a C# contextual keyword)";
            return null;
        }

        /// <summary>Null when <paramref name="name"/> is a dotted sequence of identifiers, else why not.</summary>
        public static string? NamespaceProblem(string name)
        {
            if (name.Length > MaxNamespaceLength) return $" (it is {name.Length} characters long; at most {MaxNamespaceLength} are allowed)";
            var parts = name.Split('.');
            if (parts.Length > MaxNamespaceParts) return $" (it has {parts.Length} parts; at most {MaxNamespaceParts} are allowed)";
            foreach (var part in parts)
            {
                var problem = Problem(part);
                if (problem != null) return problem.Length == 0 ? $" ('{part}' is not an identifier)" : problem;
            }
            return null;
        }

        /// <summary>Null when <paramref name="name"/> can name a field: an identifier starting with a letter (so that
        /// its property, backing field and JSON name cannot collide with generated names).</summary>
        public static string? FieldProblem(string name)
        {
            // The schema name is only the JSON name (`event` is fine); the property is its PascalCase.
            if (!SyntaxFacts.IsValidIdentifier(name)) return "";
            if (!char.IsLetter(name[0])) return " (field names start with a letter)";
            return Problem(PascalCase(name));
        }

        /// <summary><c>timeZone</c> becomes <c>TimeZone</c>.</summary>
        public static string PascalCase(string name) =>
            name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

        private static IEnumerable<string> RecordMembers() => new[]
        {
            "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone",
            "ReferenceEquals", "Finalize", "Deconstruct", "Clone",
        };
    }
}
