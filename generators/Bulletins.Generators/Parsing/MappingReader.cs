using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Reads the keys of one YAML mapping, reporting missing required keys, unknown keys and values
    /// of the wrong shape against the node they concern.
    /// </summary>
    internal sealed class MappingReader
    {
        private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new Dictionary<string, (YamlScalarNode, YamlNode)>();
        private readonly DiagnosticBag _diagnostics;

        private MappingReader(YamlMappingNode node, string what, DiagnosticBag diagnostics)
        {
            Node = node;
            What = what;
            _diagnostics = diagnostics;
        }

        public YamlMappingNode Node { get; }

        /// <summary>What the mapping is, for messages: "kind 'Speech'", "the schema", ...</summary>
        public string What { get; }

        /// <summary>Opens <paramref name="node"/> as a mapping with the given keys; null (reported) when it is not a mapping.</summary>
        public static MappingReader? Open(YamlNode node, string what, DiagnosticBag diagnostics, params string[] allowedKeys)
        {
            if (!(node is YamlMappingNode mapping))
            {
                diagnostics.Report(SchemaDiagnostics.InvalidValue, node, $"{what} must be a mapping of keys to values");
                return null;
            }

            var reader = new MappingReader(mapping, what, diagnostics);
            foreach (var entry in mapping.Children)
            {
                if (!(entry.Key is YamlScalarNode key) || key.Value is null)
                {
                    diagnostics.Report(SchemaDiagnostics.InvalidValue, entry.Key, $"the keys of {what} must be plain names");
                    continue;
                }

                if (!allowedKeys.Contains(key.Value))
                {
                    diagnostics.Report(SchemaDiagnostics.UnknownKey, key, key.Value, what, string.Join(", ", allowedKeys));
                    continue;
                }

                reader._entries[key.Value] = (key, entry.Value);
            }

            return reader;
        }

        public bool Has(string key) => _entries.ContainsKey(key);

        /// <summary>The key node itself, for diagnostics about the entry as a whole.</summary>
        public YamlNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

        /// <summary>The value of <paramref name="key"/>, or null (reported when <paramref name="required"/>).</summary>
        public YamlNode? Value(string key, bool required = false)
        {
            if (_entries.TryGetValue(key, out var entry)) return entry.Value;
            if (required) _diagnostics.Report(SchemaDiagnostics.MissingKey, Node, key, What);
            return null;
        }

        /// <summary>A scalar value with its node, or null (reported) when absent but required or not a scalar.</summary>
        public YamlScalarNode? Scalar(string key, bool required = false)
        {
            var value = Value(key, required);
            if (value is null) return null;
            if (value is YamlScalarNode scalar && scalar.Value != null) return scalar;
            _diagnostics.Report(SchemaDiagnostics.InvalidValue, value, $"'{key}' in {What} must be a single value, not a list or mapping");
            return null;
        }

        /// <summary>A text value; empty when absent.</summary>
        public string Text(string key) => Scalar(key)?.Value ?? "";

        /// <summary>A required, non-empty text value; null (reported) otherwise.</summary>
        public YamlScalarNode? RequiredText(string key)
        {
            var scalar = Scalar(key, required: true);
            if (scalar is null) return null;
            if (scalar.Value!.Length > 0) return scalar;
            _diagnostics.Report(SchemaDiagnostics.MissingKey, scalar, key, What);
            return null;
        }

        /// <summary>An integer value; null (reported) when absent but required, or not an integer.</summary>
        public int? Integer(string key, bool required = false, int limit = int.MaxValue)
        {
            var scalar = Scalar(key, required);
            if (scalar is null) return null;
            if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                if (value >= -limit && value <= limit) return value;
                _diagnostics.Report(SchemaDiagnostics.InvalidValue, scalar, $"'{key}' in {What} must be between -{limit} and {limit}, not {value}");
                return null;
            }
            _diagnostics.Report(SchemaDiagnostics.InvalidValue, scalar, $"'{key}' in {What} must be a whole number, not '{scalar.Value}'");
            return null;
        }

        /// <summary>A true/false value; false when absent.</summary>
        public bool Boolean(string key)
        {
            var scalar = Scalar(key);
            if (scalar is null) return false;
            switch (scalar.Value)
            {
                case "true": case "True": case "TRUE": return true;
                case "false": case "False": case "FALSE": return false;
            }
            _diagnostics.Report(SchemaDiagnostics.InvalidValue, scalar, $"'{key}' in {What} must be true or false, not '{scalar.Value}'");
            return false;
        }

        /// <summary>The items of a list value; empty when absent (reported when required or not a list).</summary>
        public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
        {
            var value = Value(key, required);
            if (value is null) return new YamlNode[0];
            if (value is YamlSequenceNode sequence) return sequence.Children.ToList();
            _diagnostics.Report(SchemaDiagnostics.InvalidValue, value, $"'{key}' in {What} must be a list");
            return new YamlNode[0];
        }
    }
}
