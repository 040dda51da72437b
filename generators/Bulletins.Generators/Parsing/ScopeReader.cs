using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The one <c>in:</c> vocabulary, for recognition rules and extractors alike: what part of an
    /// article a pattern reads (mirrors <c>Bulletins.Extraction.Runtime.TextScope</c>).
    /// </summary>
    internal static class ScopeReader
    {
        private static readonly Dictionary<string, TextScopeModel> Scopes = new Dictionary<string, TextScopeModel>
        {
            ["title"] = TextScopeModel.Title,
            ["source"] = TextScopeModel.Source,
            ["opening"] = TextScopeModel.Opening,
            ["closing"] = TextScopeModel.Closing,
            ["body"] = TextScopeModel.Body,
            ["all"] = TextScopeModel.All,
        };

        /// <summary>The words, for messages: "title, source, opening, closing, body or all".</summary>
        public static readonly string Words = string.Join(", ", Scopes.Keys.Take(Scopes.Count - 1)) + " or " + Scopes.Keys.Last();

        /// <summary>
        /// The scope <c>in</c> names; <paramref name="absent"/> when there is no <c>in</c> (null makes it
        /// required); null (reported at the value) when it is not one of <see cref="Words"/>.
        /// </summary>
        public static TextScopeModel? Read(MappingReader mapping, DiagnosticBag diagnostics, TextScopeModel? absent)
        {
            var scalar = mapping.Scalar("in", required: absent is null);
            if (scalar is null) return mapping.Has("in") ? null : absent;
            if (Scopes.TryGetValue(scalar.Value!, out var scope)) return scope;
            diagnostics.Report(SchemaDiagnostics.InvalidValue, scalar, $"'in' of {mapping.What} must be {Words}, not '{scalar.Value}'");
            return null;
        }
    }
}
