using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits <c>ArticleClassifier</c>: each kind's score is the sum of the weights of its rules that
    /// match; the highest score at or above its kind's threshold wins, ties going to the kind listed
    /// first; otherwise the fallback kind.
    /// </summary>
    internal static class ClassifierEmitter
    {
        private const string Context = "global::Bulletins.Extraction.Runtime.ExtractionContext";
        private const string RuleInfo = "global::Bulletins.Schema.RuleInfo";

        public static string Emit(SchemaModel schema)
        {
            var fallback = schema.Kinds.First(k => k.IsFallback);
            var scored = schema.Kinds.Where(k => k.Recognition != null).ToList();
            var writer = CodeWriter.ForFile();
            using (writer.Block("namespace " + schema.Namespace))
            {
                writer.Line("/// <summary>Decides an article's kind from the schema's weighted recognition rules.</summary>");
                writer.Line(GeneratedCode.Attribute);
                using (writer.Block("public static partial class " + schema.Classifier))
                {
                    writer.Line("/// <summary>The kind of the article: the best-scoring kind that reaches its threshold, else <see cref=\"" + schema.KindEnum + "." + fallback.Name + "\"/>.</summary>");
                    using (writer.Block("public static " + schema.KindEnum + " Classify(" + Context + " context)"))
                    {
                        // Choose(Score(context)) without the explanation: no list of matched rules, and
                        // each kind stops scoring once it can no longer reach its threshold.
                        EmitClassify(writer, schema, fallback, scored);
                    }
                    writer.Line();

                    writer.Line("/// <summary>The score of every kind that has recognition rules, in schema order, with the rules that matched: why an article got its kind.</summary>");
                    using (writer.Block("public static global::System.Collections.Generic.IReadOnlyList<KindScore> Score(" + Context + " context)"))
                    {
                        writer.Line("return " + CSharpTypes.ValueList + ".FromArray(new KindScore[]");
                        writer.Line("{");
                        foreach (var kind in scored) writer.Line("    Score" + kind.Name + "(context),");
                        writer.Line("});");
                    }
                    writer.Line();

                    writer.Line("/// <summary>Picks the kind from scores as <see cref=\"Score\"/> gives them.</summary>");
                    using (writer.Block("public static " + schema.KindEnum + " Choose(global::System.Collections.Generic.IEnumerable<KindScore> scores)"))
                    {
                        writer.Line("KindScore? best = null;");
                        using (writer.Block("foreach (var score in scores)"))
                        {
                            writer.Line("if (score.Qualifies && (best is null || score.Score > best.Score)) best = score;");
                        }
                        writer.Line("return best?.Kind ?? " + schema.KindEnum + "." + fallback.Name + ";");
                    }

                    foreach (var kind in scored)
                    {
                        writer.Line();
                        var threshold = kind.Recognition!.Threshold.ToString(CultureInfo.InvariantCulture);
                        using (writer.Block("private static KindScore Score" + kind.Name + "(" + Context + " context)"))
                        {
                            writer.Line("var matched = new global::System.Collections.Generic.List<" + RuleInfo + ">();");
                            writer.Line("int score = Score" + kind.Name + "(context, matched);");
                            writer.Line("return new KindScore(" + schema.KindEnum + "." + kind.Name + ", score, " + threshold + ", " + CSharpTypes.ValueList + ".FromArray(matched.ToArray()));");
                        }
                        writer.Line();
                        writer.Line("/// <summary>The kind's score, every rule in schema order, the rules that matched added to <paramref name=\"matched\"/>.</summary>");
                        using (writer.Block("private static int Score" + kind.Name + "(" + Context + " context, global::System.Collections.Generic.List<" + RuleInfo + "> matched)"))
                        {
                            EmitRules(writer, schema, kind.Recognition.Rules, threshold: null);
                        }
                        writer.Line();
                        writer.Line("/// <summary>");
                        writer.Line("/// The kind's score for <see cref=\"Classify\"/>: the rules of one short text (title, source, first or last paragraph)");
                        writer.Line("/// before those of every paragraph, heavier first, stopping once the rules left cannot reach the threshold (the");
                        writer.Line("/// score is then below it, as the whole sum would be); a sum, so the order changes no kind.");
                        writer.Line("/// </summary>");
                        using (writer.Block("private static int Score" + kind.Name + "Pruned(" + Context + " context)"))
                        {
                            EmitRules(writer, schema, EvaluationOrder(kind.Recognition.Rules), threshold);
                        }
                    }

                    writer.Line();
                    writer.Line("/// <summary>One kind's score for one article.</summary>");
                    writer.Line("/// <param name=\"Kind\">The kind scored.</param>");
                    writer.Line("/// <param name=\"Score\">The sum of the weights of the rules that matched.</param>");
                    writer.Line("/// <param name=\"Threshold\">The score the kind needs to be chosen.</param>");
                    writer.Line("/// <param name=\"MatchedRules\">The rules that matched, as <see cref=\"" + schema.Metadata + ".Rules\"/> lists them.</param>");
                    using (writer.Block("public sealed record KindScore(" + schema.KindEnum + " Kind, int Score, int Threshold, global::System.Collections.Generic.IReadOnlyList<" + RuleInfo + "> MatchedRules)"))
                    {
                        writer.Line("/// <summary>True when the score reaches the threshold.</summary>");
                        writer.Line("public bool Qualifies => Score >= Threshold;");
                    }

                    var rules = scored.SelectMany(kind => kind.Recognition!.Rules).ToList();
                    PatternClassEmitter.Emit(writer,
                        rules.Select(rule => new KeyValuePair<string, string>(RuleName(rule), rule.Pattern.Text)).ToList(),
                        rules.Where(rule => rule.Pattern.Prefilter != null)
                            .Select(rule => new KeyValuePair<string, PrefilterModel>(RuleName(rule) + "Literals", rule.Pattern.Prefilter!)).ToList());
                }
            }
            return writer.ToString();
        }

        /// <summary>
        /// The order <c>Classify</c> tries a kind's rules in: those that read one short text before those that read every
        /// paragraph, then the heavier first (a heavy rule that fails lowers what the kind can still reach the most), then
        /// the schema's order. With the stop at the threshold, a kind ruled out by its cheap rules never scans the body.
        /// </summary>
        private static List<RuleModel> EvaluationOrder(IReadOnlyList<RuleModel> rules) =>
            rules.Select((rule, at) => (rule, at))
                .OrderBy(r => r.rule.Scope == TextScopeModel.Body || r.rule.Scope == TextScopeModel.All ? 1 : 0)
                .ThenByDescending(r => r.rule.Weight)
                .ThenBy(r => r.at)
                .Select(r => r.rule)
                .ToList();

        /// <summary>
        /// One test a rule: adds its weight when it matches, and the rule to the explanation when <paramref name="threshold"/>
        /// is null; otherwise returns once the rules left cannot reach the threshold. Each rule's pattern and prefilter is
        /// registered once, from the explaining pass (<paramref name="patterns"/> non-null).
        /// </summary>
        /// <summary>The name of a rule's regex (and, with <c>Literals</c>, of its prefilter) in the patterns class.</summary>
        private static string RuleName(RuleModel rule) => "Rule" + rule.Index.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A score method's body: each rule's test in <paramref name="rules"/>' order; with a <paramref name="threshold"/>, a
        /// stop once the rules left cannot reach it, else each matched rule added to <c>matched</c>.
        /// </summary>
        private static void EmitRules(CodeWriter writer, SchemaModel schema, IReadOnlyList<RuleModel> rules, string? threshold)
        {
            writer.Line("int score = 0;");
            for (int r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                var index = rule.Index.ToString(CultureInfo.InvariantCulture);
                var name = RuleName(rule);
                var prefilter = rule.Pattern.Prefilter;
                var literals = "";
                if (prefilter != null)
                {
                    literals = ", " + PatternClassEmitter.ClassName + "." + name + "Literals";
                    if (prefilter.Window != null) literals += ", " + PatternClassEmitter.ClassName + "." + PatternClassEmitter.WindowName(name + "Literals");
                }
                using (writer.Block("if (global::Bulletins.Extraction.Runtime.PatternExtractor.IsMatch(context, " + ExtractorEmitter.Scope(rule.Scope) + ", " + PatternClassEmitter.ClassName + "." + name + literals + "))"))
                {
                    writer.Line("score += " + rule.Weight.ToString(CultureInfo.InvariantCulture) + ";");
                    if (threshold == null) writer.Line("matched.Add(" + schema.Metadata + ".Rules[" + index + "]);");
                }
                if (threshold != null && r < rules.Count - 1)
                {
                    // The most the rules after this one can still add (a negative weight adds nothing).
                    int left = rules.Skip(r + 1).Sum(later => System.Math.Max(later.Weight, 0));
                    writer.Line("if (score + " + left.ToString(CultureInfo.InvariantCulture) + " < " + threshold + ") return score;");
                }
            }
            writer.Line("return score;");
        }

        /// <summary>The body of <c>Classify</c>: Choose(Score(context)) without the explanation.</summary>
        private static void EmitClassify(CodeWriter writer, SchemaModel schema, KindModel fallback, List<KindModel> scored)
        {
            var fallbackKind = schema.KindEnum + "." + fallback.Name;
            if (scored.Count == 0)
            {
                // No kind has rules: every article is the fallback kind.
                writer.Line("return " + fallbackKind + ";");
                return;
            }
            writer.Line("var kind = " + fallbackKind + ";");
            writer.Line("int best = 0;");
            writer.Line("bool chosen = false;");
            writer.Line("int score;");
            foreach (var kind in scored)
            {
                writer.Line("score = Score" + kind.Name + "Pruned(context);");
                using (writer.Block("if (score >= " + kind.Recognition!.Threshold.ToString(CultureInfo.InvariantCulture) + " && (!chosen || score > best))"))
                {
                    writer.Line("kind = " + schema.KindEnum + "." + kind.Name + ";");
                    writer.Line("best = score;");
                    writer.Line("chosen = true;");
                }
            }
            writer.Line("return kind;");
        }
    }
}
