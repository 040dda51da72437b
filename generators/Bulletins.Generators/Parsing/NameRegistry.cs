using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The type names a schema declares: kinds and types become records in one namespace, so they
    /// must be valid identifiers, distinct, and clear of the names the generated code and library use.
    /// </summary>
    internal sealed class NameRegistry
    {
        private readonly HashSet<string> _names = new HashSet<string>();
        private readonly string _namespace;
        private readonly DiagnosticBag _diagnostics;
        private readonly IReadOnlyCollection<string> _generatedTypes;

        /// <param name="schemaName">The schema's name, which names its helper types (<c>NoticesKind</c>, ...).</param>
        public NameRegistry(string ns, string schemaName, DiagnosticBag diagnostics)
        {
            _namespace = ns;
            _diagnostics = diagnostics;
            _generatedTypes = Model.GeneratedNames.HelperTypes(schemaName);
        }

        /// <summary>True when <paramref name="name"/> can be declared; otherwise reported.</summary>
        public bool TryAdd(string name, string what, YamlNode node)
        {
            var problem = Identifiers.Problem(name);
            if (problem != null)
            {
                _diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, node, name, problem);
                return false;
            }

            // A record may not be named like one of its own members (`Kind`, `SchemaPatterns`, `Equals`, ...).
            var ownMembers = what == "Kind" ? Identifiers.ArticleMembers : Identifiers.TypeMembers;
            bool reserved = Contains(_generatedTypes, name) || Contains(ownMembers, name)
                || (_namespace == "Bulletins" && Contains(Identifiers.LibraryTypes, name));
            if (reserved)
            {
                _diagnostics.Report(SchemaDiagnostics.ReservedName, node, name, _namespace);
                return false;
            }

            if (!_names.Add(name))
            {
                _diagnostics.Report(SchemaDiagnostics.DuplicateName, node, what, name);
                return false;
            }
            return true;
        }

        private static bool Contains(IReadOnlyCollection<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (candidate == name) return true;
            }
            return false;
        }
    }
}
