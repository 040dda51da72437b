using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Turns one schema file into a <see cref="SchemaModel"/> and diagnostics. Invalid entries are
    /// reported and left out, so that one mistake gives one error rather than a cascade; the model
    /// is withheld only when nothing sensible can be emitted (no YAML, no namespace, no kinds).
    /// </summary>
    internal static class SchemaParser
    {
        public static SchemaParse Parse(string path, TextReader text, CancellationToken cancellationToken)
        {
            var diagnostics = new DiagnosticBag(path);
            SchemaModel? model = null;
            try
            {
                var root = Load(text, diagnostics);
                if (root != null) model = ParseRoot(root, path, diagnostics, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                // A broken schema must never break the build with an exception: say what happened instead.
                diagnostics.Report(SchemaDiagnostics.InternalError, Mark.Empty, Mark.Empty, e.GetType().Name + ": " + e.Message);
                model = null;
            }
            var references = model is null ? SchemaReferences.None : new SchemaReferences(model.Namespace, diagnostics.References.ToEquatableArray());
            return new SchemaParse(new ParseResult(model, diagnostics.Items.ToEquatableArray()), references);
        }

        private static YamlNode? Load(TextReader text, DiagnosticBag diagnostics)
        {
            var stream = new YamlStream();
            var counted = new CountingReader(text);
            try
            {
                stream.Load(counted);
            }
            catch (YamlException e)
            {
                var raw = (e.InnerException ?? e).Message;
                var (start, end) = (e.Start, e.End);
                if (YamlMessages.IsAboutTabs(raw) && counted.FirstIndentingTab is Mark tab && tab.Index >= start.Index)
                {
                    // YamlDotNet marks the end of the line before; the tab itself is what to show.
                    (start, end) = (tab, new Mark(tab.Index + 1, tab.Line, tab.Column + 1));
                }
                diagnostics.Report(SchemaDiagnostics.YamlSyntax, start, end, YamlMessages.Explain(raw));
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's parser gives up this way, without a position, when the text ends inside
                // an open flow collection (`namespace: [unclosed`): the end of the text is where it broke.
                var end = counted.End;
                diagnostics.Report(SchemaDiagnostics.YamlSyntax, end, end,
                    "the YAML ends inside an unclosed '[' or '{' (a flow sequence or mapping): close it, or quote the value");
                return null;
            }

            if (stream.Documents.Count == 0)
            {
                diagnostics.Report(SchemaDiagnostics.MissingKey, Mark.Empty, Mark.Empty, "namespace", "the schema (the file is empty)");
                return null;
            }
            if (stream.Documents.Count > 1)
            {
                // Not ignored: a second document is usually a stray `---` that cut the schema in two.
                var second = stream.Documents[1].RootNode;
                diagnostics.Report(SchemaDiagnostics.YamlSyntax, second.Start, second.End,
                    "a schema file holds one YAML document; a second one starts here (remove the '---' or the text after it)");
                return null;
            }
            return stream.Documents[0].RootNode;
        }

        private static SchemaModel? ParseRoot(YamlNode root, string path, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            var mapping = MappingReader.Open(root, "the schema", diagnostics, SchemaKeys.Root);
            if (mapping is null) return null;

            var namespaceNode = mapping.RequiredText("namespace");
            var description = mapping.Text("description");
            var wordNodes = mapping.Sequence("words");
            var patternNodes = mapping.Sequence("patterns");
            var typeNodes = mapping.Sequence("types");
            var kindNodes = mapping.Sequence("kinds", required: true);
            if (namespaceNode is null) return null;

            var ns = namespaceNode.Value!;
            var nsProblem = Identifiers.NamespaceProblem(ns);
            if (nsProblem != null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, namespaceNode, ns, nsProblem);
                return null;
            }

            var schemaName = SchemaName(mapping, ns, diagnostics);
            if (schemaName is null) return null;
            var names = new NameRegistry(ns, schemaName, diagnostics);
            var typeHeaders = typeNodes.Select(node => ReadHeader(node, "a type", names, diagnostics, SchemaKeys.Type)).ToList();
            var declaredTypes = new HashSet<string>(typeHeaders.Where(h => h != null).Select(h => h!.Name));
            // Read before the kinds, whose rules and extractors may use them (and the words before the patterns, which may splice them).
            var words = WordListParser.Parse(wordNodes, diagnostics);
            var library = NamedPatterns.WithWords(words);
            var namedPatterns = NamedPatternParser.Parse(patternNodes, library, diagnostics);
            var fieldParser = new FieldParser(diagnostics, declaredTypes, library);

            var types = new List<TypeModel>();
            foreach (var header in typeHeaders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (header is null) continue;
                var fields = fieldParser.Parse(header.Mapping.Sequence("fields"), header.Name, Identifiers.TypeMembers, withExtractors: false);
                types.Add(new TypeModel(header.Name, header.Mapping.Text("description"), fields.ToEquatableArray()));
            }
            types = RecursionCheck.WithoutCycles(types, typeNodes, diagnostics);

            var kinds = new List<KindModel>();
            var kindNameNodes = new List<YamlNode>();
            foreach (var node in kindNodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var header = ReadHeader(node, "a kind", names, diagnostics, SchemaKeys.Kind);
                if (header is null) continue;
                var kind = ParseKind(header, fieldParser, library, diagnostics);
                if (kind is null) continue;
                kinds.Add(kind);
                kindNameNodes.Add(header.NameNode);
            }

            if (!CheckFallback(kinds, kindNameNodes, mapping, diagnostics)) return null;
            kinds = NumberRules(kinds);

            var hintPrefix = HintPrefix(path, ns);
            return new SchemaModel(hintPrefix, ns, diagnostics.Locate(namespaceNode), description, types.ToEquatableArray(), kinds.ToEquatableArray(), words, namedPatterns, schemaName);
        }

        /// <summary>
        /// The schema's <c>name</c>, the prefix of its helper types: the namespace's last part unless given.
        /// Only the built-in schema (namespace <c>Bulletins</c>) is <c>Article</c>, so that its
        /// <c>ArticleFactory</c> and a consumer's helpers never meet under one simple name.
        /// </summary>
        private static string? SchemaName(MappingReader mapping, string ns, DiagnosticBag diagnostics)
        {
            var node = mapping.Scalar("name");
            var name = node?.Value ?? ns.Substring(ns.LastIndexOf('.') + 1);
            var problem = Identifiers.Problem(name);
            if (node != null && problem != null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, node, name, problem);
                return null;
            }
            if (name == GeneratedNames.BuiltInSchemaName && ns != "Bulletins")
            {
                diagnostics.Report(SchemaDiagnostics.ReservedName, (YamlNode?)node ?? mapping.KeyNode("namespace")!, name, ns);
                return null;
            }
            return name;
        }

        /// <summary>Gives each rule its index among all rules, kind by kind: its identity in the emitted classifier and metadata.</summary>
        private static List<KindModel> NumberRules(List<KindModel> kinds)
        {
            var numbered = new List<KindModel>(kinds.Count);
            int next = 0;
            foreach (var kind in kinds)
            {
                if (kind.Recognition is null)
                {
                    numbered.Add(kind);
                    continue;
                }
                var rules = new List<RuleModel>(kind.Recognition.Rules.Count);
                foreach (var rule in kind.Recognition.Rules) rules.Add(rule with { Index = next++ });
                numbered.Add(kind with { Recognition = kind.Recognition with { Rules = rules.ToEquatableArray() } });
            }
            return numbered;
        }

        private static KindModel? ParseKind(Header header, FieldParser fieldParser, NamedPatterns library, DiagnosticBag diagnostics)
        {
            var mapping = header.Mapping;
            bool isFallback = mapping.Boolean("fallback");
            RecognitionModel? recognition = null;
            if (mapping.Value("recognition") is YamlNode recognitionNode)
            {
                recognition = RecognitionParser.Parse(recognitionNode, header.Name, diagnostics, library);
                if (recognition is null) return null;
            }
            else if (!isFallback)
            {
                diagnostics.Report(SchemaDiagnostics.NeverRecognised, header.NameNode, header.Name);
            }

            var fields = fieldParser.Parse(mapping.Sequence("fields"), header.Name, Identifiers.ArticleMembers, withExtractors: true);
            return new KindModel(header.Name, mapping.Text("description"), isFallback, recognition, fields.ToEquatableArray());
        }

        /// <summary>Exactly one kind is the fallback: the classifier needs it for the articles no kind claims.</summary>
        private static bool CheckFallback(List<KindModel> kinds, List<YamlNode> nameNodes, MappingReader root, DiagnosticBag diagnostics)
        {
            int first = kinds.FindIndex(k => k.IsFallback);
            if (first < 0)
            {
                // A fallback kind left out for another error is already reported; do not pile on.
                bool fallbackDeclared = root.Sequence("kinds").OfType<YamlMappingNode>()
                    .Any(n => n.Children.TryGetValue(new YamlScalarNode("fallback"), out var v) && (v as YamlScalarNode)?.Value == "true");
                if (!fallbackDeclared) diagnostics.Report(SchemaDiagnostics.NoFallback, root.KeyNode("kinds") ?? root.Node);
                return false;
            }

            for (int i = first + 1; i < kinds.Count; i++)
            {
                if (!kinds[i].IsFallback) continue;
                diagnostics.Report(SchemaDiagnostics.SeveralFallbacks, nameNodes[i], kinds[i].Name, kinds[first].Name);
                kinds[i] = kinds[i] with { IsFallback = false };
            }
            return true;
        }

        /// <summary>Reads the name of a kind or type and registers it; null (reported) when unusable.</summary>
        private static Header? ReadHeader(YamlNode node, string what, NameRegistry names, DiagnosticBag diagnostics, string[] keys)
        {
            var mapping = MappingReader.Open(node, what, diagnostics, keys);
            var nameNode = mapping?.RequiredText("name");
            if (mapping is null || nameNode is null) return null;
            var name = nameNode.Value!;
            return names.TryAdd(name, what == "a kind" ? "Kind" : "Type", nameNode) ? new Header(name, nameNode, mapping) : null;
        }

        /// <summary>A prefix unique per schema file and namespace: hint names must not collide across schemas.</summary>
        private static string HintPrefix(string path, string ns)
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var builder = new StringBuilder();
            foreach (char c in file + "." + ns)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_');
            }
            return builder.ToString();
        }

        private sealed class Header
        {
            public Header(string name, YamlScalarNode nameNode, MappingReader mapping)
            {
                Name = name;
                NameNode = nameNode;
                Mapping = mapping;
            }

            public string Name { get; }
            public YamlScalarNode NameNode { get; }
            public MappingReader Mapping { get; }
        }
    }

    /// <summary>Passes text through and knows the line and column it has reached (1-based, as YAML marks are).</summary>
    internal sealed class CountingReader : TextReader
    {
        private readonly TextReader _inner;
        private long _index, _line = 1, _column = 1;

        public CountingReader(TextReader inner) => _inner = inner;

        public Mark End => new Mark(_index, _line, Math.Max(1, _column - 1));

        /// <summary>The first tab among a line's leading whitespace read so far (1-based mark), or null.</summary>
        public Mark? FirstIndentingTab { get; private set; }

        private bool _inIndentation = true;

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            int c = _inner.Read();
            if (c >= 0) Count((char)c);
            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            int read = _inner.Read(buffer, index, count);
            for (int i = index; i < index + read; i++) Count(buffer[i]);
            return read;
        }

        private void Count(char c)
        {
            // The end mark points at the last character read, not past a final line break.
            _index++;
            if (c == '\n')
            {
                _pendingLine = true;
                _inIndentation = true;
                return;
            }
            if (_pendingLine)
            {
                _line++;
                _column = 1;
                _pendingLine = false;
            }
            if (_inIndentation && c == '\t' && FirstIndentingTab is null) FirstIndentingTab = new Mark(_index - 1, _line, _column);
            if (c != ' ' && c != '\t' && c != '\r') _inIndentation = false;
            _column++;
        }

        private bool _pendingLine;
    }
}
