using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Collects the diagnostics of one schema file, each pointing at a place in it.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<DiagnosticInfo> _items = new List<DiagnosticInfo>();

        public DiagnosticBag(string path) => Path = path;

        public string Path { get; }

        public bool HasErrors { get; private set; }

        public IReadOnlyList<DiagnosticInfo> Items => _items;

        /// <summary>
        /// Not diagnostics yet: the names only the compilation can check (methods, outside types), located
        /// like diagnostics and collected here because every parser that meets one already holds this bag.
        /// </summary>
        public List<OutsideName> References { get; } = new List<OutsideName>();

        public void Refer(ReferenceKind kind, string name, string field, FieldTypeModel type, YamlNode node) =>
            References.Add(new OutsideName(kind, name, field, type, Locate(node)));

        public void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
            Report(descriptor, node.Start, node.End, arguments);

        public void Report(DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments)
        {
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error) HasErrors = true;
            _items.Add(new DiagnosticInfo(descriptor.Id, Locate(start, end), arguments.ToEquatableArray()));
        }

        public LocationInfo Locate(YamlNode node) => Locate(node.Start, node.End);

        /// <summary>YamlDotNet counts lines and columns from 1, Roslyn from 0.</summary>
        private LocationInfo Locate(Mark start, Mark end)
        {
            int startIndex = (int)start.Index;
            int length = end.Index > start.Index ? (int)(end.Index - start.Index) : 0;
            int endLine = end.Index >= start.Index ? (int)end.Line : (int)start.Line;
            int endColumn = end.Index >= start.Index ? (int)end.Column : (int)start.Column;
            return new LocationInfo(
                Path,
                startIndex,
                length,
                ZeroBased(start.Line),
                ZeroBased(start.Column),
                ZeroBased(endLine),
                ZeroBased(endColumn));
        }

        private static int ZeroBased(long oneBased) => oneBased > 0 ? (int)oneBased - 1 : 0;
    }
}
