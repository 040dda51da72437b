using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;

namespace Bulletins.Generators
{
    /// <summary>
    /// Two schemas generating into one namespace would declare ArticleKind (and the rest) twice: the
    /// first schema (in AdditionalFiles order) keeps the namespace, the others are reported.
    /// </summary>
    internal static class NamespaceOwnership
    {
        public static EquatableArray<SchemaOwner> Owners(ImmutableArray<SchemaModel?> models) =>
            models.Where(m => m != null).Select(m => new SchemaOwner(m!.Namespace, m.NamespaceLocation)).ToEquatableArray();

        /// <summary>The model when its schema owns its namespace, else null (nothing to emit).</summary>
        public static SchemaModel? IfOwner(SchemaModel? model, EquatableArray<SchemaOwner> owners)
        {
            if (model is null) return null;
            var owner = owners.FirstOrDefault(o => o.Namespace == model.Namespace);
            return owner is null || owner.NamespaceLocation == model.NamespaceLocation ? model : null;
        }

        public static EquatableArray<DiagnosticInfo> Clashes(EquatableArray<SchemaOwner> owners)
        {
            var first = new Dictionary<string, SchemaOwner>();
            var clashes = new List<DiagnosticInfo>();
            foreach (var owner in owners)
            {
                if (!first.TryGetValue(owner.Namespace, out var earlier))
                {
                    first[owner.Namespace] = owner;
                    continue;
                }
                clashes.Add(new DiagnosticInfo(
                    SchemaDiagnostics.NamespaceClash.Id,
                    owner.NamespaceLocation,
                    new[] { owner.Namespace, earlier.NamespaceLocation.Path }.ToEquatableArray()));
            }
            return clashes.ToEquatableArray();
        }
    }
}
