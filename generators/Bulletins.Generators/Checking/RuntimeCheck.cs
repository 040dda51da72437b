using System.Collections.Immutable;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Checking
{
    /// <summary>
    /// The generated code derives from <c>Bulletins.Article</c> and calls the library's extractors:
    /// without the library referenced it would be dozens of CS0400 errors in <c>obj/</c>, so the
    /// generator emits nothing and says once what is missing.
    /// </summary>
    internal static class RuntimeCheck
    {
        public const string ArticleType = "Bulletins.Article";

        public static bool IsReferenced(Compilation compilation) => compilation.GetTypeByMetadataName(ArticleType) != null;

        /// <summary>One diagnostic at the first schema when the library is missing, else none.</summary>
        public static EquatableArray<DiagnosticInfo> Report(ImmutableArray<SchemaText> schemas, bool referenced)
        {
            if (referenced || schemas.IsEmpty) return EquatableArray<DiagnosticInfo>.Empty;
            var first = schemas[0].Path;
            var where = new LocationInfo(first, 0, 0, 0, 0, 0, 0);
            return new[] { new DiagnosticInfo(SchemaDiagnostics.RuntimeMissing.Id, where, new[] { ArticleType, string.Join(", ", schemas.Select(s => System.IO.Path.GetFileName(s.Path))) }.ToEquatableArray()) }.ToEquatableArray();
        }
    }
}
