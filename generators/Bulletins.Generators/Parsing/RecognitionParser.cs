using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Reads a kind's <c>recognition</c>: a threshold and weighted rules.</summary>
    internal static class RecognitionParser
    {
        /// <summary>
        /// Largest weight or threshold, and most rules a kind may have: the classifier adds weights in
        /// an int, and 10 000 rules of weight 10 000 stay far inside its range.
        /// </summary>
        public const int MaxWeight = 10_000, MaxRules = 10_000;

        public static RecognitionModel? Parse(YamlNode node, string kindName, DiagnosticBag diagnostics, NamedPatterns patterns)
        {
            var what = $"the recognition of kind '{kindName}'";
            var mapping = MappingReader.Open(node, what, diagnostics, SchemaKeys.Recognition);
            if (mapping is null) return null;

            var threshold = mapping.Integer("threshold", required: true, limit: MaxWeight);
            var rules = new List<RuleModel>();
            var ruleNodes = mapping.Sequence("rules", required: true);
            if (ruleNodes.Count > MaxRules)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidValue, ruleNodes[MaxRules], $"{what} has {ruleNodes.Count} rules; at most {MaxRules} are allowed");
                return null;
            }
            for (int i = 0; i < ruleNodes.Count; i++)
            {
                var rule = ParseRule(ruleNodes[i], $"rule {i + 1} of kind '{kindName}'", diagnostics, patterns);
                if (rule != null) rules.Add(rule);
            }

            return threshold is null ? null : new RecognitionModel(threshold.Value, rules.ToEquatableArray());
        }

        private static RuleModel? ParseRule(YamlNode node, string what, DiagnosticBag diagnostics, NamedPatterns patterns)
        {
            var mapping = MappingReader.Open(node, what, diagnostics, SchemaKeys.Rule);
            if (mapping is null) return null;

            var scope = ReadScope(mapping, diagnostics);
            var pattern = PatternReader.ReadRule(mapping, "pattern", diagnostics, patterns);
            var weight = mapping.Integer("weight", required: true, limit: MaxWeight);
            var generalises = mapping.Text("generalises");
            if (scope is null || pattern is null || weight is null) return null;
            // Numbered by SchemaParser.NumberRules once every kind is read (a kind that fails leaves no gap).
            return new RuleModel(0, scope.Value, pattern, weight.Value, generalises);
        }

        private static TextScopeModel? ReadScope(MappingReader mapping, DiagnosticBag diagnostics) => ScopeReader.Read(mapping, diagnostics, absent: null);
    }
}
