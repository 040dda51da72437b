using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. The ids are stable: documentation, tests and
    /// <c>#pragma</c>/<c>.editorconfig</c> settings refer to them.
    /// </summary>
    internal static class SchemaDiagnostics
    {
        private const string Category = "Bulletins.Schema";

        public static readonly DiagnosticDescriptor YamlSyntax = Error("BLTG001", "Schema is not valid YAML", "{0}");
        public static readonly DiagnosticDescriptor MissingKey = Error("BLTG002", "Missing required key", "'{0}' is required in {1}");
        public static readonly DiagnosticDescriptor InvalidValue = Error("BLTG003", "Invalid value", "{0}");
        public static readonly DiagnosticDescriptor UnknownType = Error("BLTG004", "Unknown field type", "Unknown field type '{0}': {1}");
        public static readonly DiagnosticDescriptor DuplicateName = Error("BLTG005", "Duplicate kind or type", "{0} '{1}' is declared more than once (kinds and types share one namespace)");
        public static readonly DiagnosticDescriptor DuplicateField = Error("BLTG006", "Duplicate field", "Field '{0}' is declared more than once in '{1}'");
        public static readonly DiagnosticDescriptor InvalidIdentifier = Error("BLTG007", "Name is not a valid C# identifier", "'{0}' is not a valid C# identifier{1}");
        public static readonly DiagnosticDescriptor InvalidRegex = Error("BLTG008", "Invalid regular expression", "Invalid regular expression '{0}': {1}");
        public static readonly DiagnosticDescriptor UnsupportedRegex = Error("BLTG009", "Regular expression construct not supported", "Pattern '{0}' uses {1}, which the non-backtracking engine does not support (patterns must run in linear time)");
        public static readonly DiagnosticDescriptor NoFallback = Error("BLTG010", "No fallback kind", "No kind has 'fallback: true'; exactly one kind must take the articles no other kind recognises");
        public static readonly DiagnosticDescriptor SeveralFallbacks = Error("BLTG011", "Several fallback kinds", "Kind '{0}' is a second fallback kind (the first is '{1}'); exactly one kind may have 'fallback: true'");
        public static readonly DiagnosticDescriptor MalformedMethod = Error("BLTG012", "Malformed method extractor name", "Method extractor '{0}' must be a fully-qualified static method name such as 'MyApp.Extractors.TopicExtractor.Extract'");
        public static readonly DiagnosticDescriptor ExtractorTypeMismatch = Error("BLTG013", "Extractor does not fit the field type", "The '{0}' extractor cannot fill field '{1}' of type '{2}': {3}");
        public static readonly DiagnosticDescriptor MemberConflict = Error("BLTG014", "Field name conflicts with a member", "Field '{0}' would become property '{1}', which {2}");
        public static readonly DiagnosticDescriptor ReservedName = Error("BLTG015", "Name reserved by the generated code", "'{0}' is a name the generated code or the Bulletins library already uses in namespace '{1}'");
        public static readonly DiagnosticDescriptor UnknownKey = Warning("BLTG016", "Unknown key", "Unknown key '{0}' in {1} (expected one of: {2})");
        public static readonly DiagnosticDescriptor NeverRecognised = Warning("BLTG017", "Kind is never recognised", "Kind '{0}' has no 'recognition' rules and is not the fallback, so the classifier never chooses it");
        public static readonly DiagnosticDescriptor RecursiveType = Error("BLTG019", "Type contains itself", "Field '{0}' makes '{1}' contain itself through non-nullable fields ({2}); make one of them nullable (T?) or a list (T[])");
        public static readonly DiagnosticDescriptor NamespaceClash = Error("BLTG020", "Namespace used by another schema", "Namespace '{0}' is already generated from schema '{1}'; give each schema its own namespace (this one is not generated)");
        public static readonly DiagnosticDescriptor PatternTooLarge = Error("BLTG021", "Regular expression too large for the engine", "Pattern '{0}' would build an automaton of about {1} nodes; the non-backtracking engine refuses more than {2} at run time (shorten counted repetitions such as {{0,50000}} or split a long alternation)");
        public static readonly DiagnosticDescriptor InternalError = Error("BLTG018", "Schema generator failed", "The schema generator failed on this file: {0}");
        public static readonly DiagnosticDescriptor RuntimeMissing = Error("BLTG022", "Bulletins library not referenced", "The generated code needs the Bulletins library ('{0}' is not in the compilation), so nothing is generated from {1}: reference the Bulletins package, which carries this generator, instead of the generator alone");
        public static readonly DiagnosticDescriptor MethodNotFound = Error("BLTG023", "Method extractor not found", "Method extractor '{0}' does not exist: {1}");
        public static readonly DiagnosticDescriptor MethodSignature = Error("BLTG024", "Method extractor does not fit", "Method extractor '{0}' cannot fill field '{1}' of type '{2}': {3}; write it as {4}");

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
        {
            YamlSyntax, MissingKey, InvalidValue, UnknownType, DuplicateName, DuplicateField, InvalidIdentifier,
            InvalidRegex, UnsupportedRegex, NoFallback, SeveralFallbacks, MalformedMethod, ExtractorTypeMismatch,
            MemberConflict, ReservedName, UnknownKey, NeverRecognised, InternalError, RecursiveType, NamespaceClash, PatternTooLarge,
            RuntimeMissing, MethodNotFound, MethodSignature,
        }.ToDictionary(d => d.Id);

        /// <summary>Every descriptor, for the test that each has its section in docs/diagnostics.md.</summary>
        public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

        /// <summary>Where each code is explained: its section of the diagnostics page, which the package carries too.</summary>
        public const string HelpPage = "docs/diagnostics.md";

        public static string HelpLink(string id) => HelpPage + "#" + id.ToLowerInvariant();

        public static DiagnosticDescriptor Find(string id) => ById[id];

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
    }
}
