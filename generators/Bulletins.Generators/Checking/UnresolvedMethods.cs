using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Checking
{
    /// <summary>
    /// The fields of one schema whose <c>method:</c> extractor the compilation does not have, or has with
    /// the wrong signature (BLTG023, BLTG024). The generated code leaves those fields empty instead of
    /// calling the method, so the YAML-located error is the only one: no CS0117 or CS0266 in <c>obj/</c>.
    /// </summary>
    /// <param name="Namespace">The schema's namespace (one schema per namespace).</param>
    /// <param name="Fields">Each field as <c>Kind.field</c>, as <see cref="OutsideName.Field"/> names it.</param>
    internal sealed record UnresolvedMethods(string Namespace, EquatableArray<string> Fields)
    {
        /// <summary>The model without the extractors of <paramref name="unresolved"/>'s fields in its namespace.</summary>
        public static SchemaModel? Strip(SchemaModel? model, EquatableArray<UnresolvedMethods> unresolved)
        {
            if (model is null) return null;
            var mine = unresolved.FirstOrDefault(u => u.Namespace == model.Namespace);
            if (mine is null) return model;
            return model with
            {
                Kinds = model.Kinds.Select(kind => kind with
                {
                    Fields = kind.Fields.Select(field =>
                        field.Extractor?.Kind == ExtractorKind.Method && mine.Fields.Contains(kind.Name + "." + field.JsonName)
                            ? field with { Extractor = null }
                            : field).ToEquatableArray(),
                }).ToEquatableArray(),
            };
        }
    }

    /// <summary>What the reference check finds in one schema: the diagnostics, and the fields left empty for them.</summary>
    internal sealed record ReferenceCheckResult(EquatableArray<DiagnosticInfo> Diagnostics, UnresolvedMethods Unresolved)
    {
        public static readonly ReferenceCheckResult None = new ReferenceCheckResult(EquatableArray<DiagnosticInfo>.Empty, new UnresolvedMethods("", EquatableArray<string>.Empty));
    }
}
