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
                using (writer.Block("public static partial class ArticleClassifier"))
                {
                    writer.Line("/// <summary>The kind of the article: the best-scoring kind that reaches its threshold, else <see cref=\"ArticleKind." + fallback.Name + "\"/>.</summary>");
                    writer.Line("public static ArticleKind Classify(" + Context + " context) => Choose(Score(context));");
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
                    using (writer.Block("public static ArticleKind Choose(global::System.Collections.Generic.IEnumerable<KindScore> scores)"))
                    {
                        writer.Line("KindScore? best = null;");
                        using (writer.Block("foreach (var score in scores)"))
                        {
                            writer.Line("if (score.Qualifies && (best is null || score.Score > best.Score)) best = score;");
                        }
                        writer.Line("return best?.Kind ?? ArticleKind." + fallback.Name + ";");
                    }

                    var patterns = new List<KeyValuePair<string, string>>();
                    var prefilters = new List<KeyValuePair<string, PrefilterModel>>();
                    foreach (var kind in scored)
                    {
                        writer.Line();
                        using (writer.Block("private static KindScore Score" + kind.Name + "(" + Context + " context)"))
                        {
                            writer.Line("int score = 0;");
                            writer.Line("var matched = new global::System.Collections.Generic.List<" + RuleInfo + ">();");
                            foreach (var rule in kind.Recognition!.Rules)
                            {
                                var index = rule.Index.ToString(CultureInfo.InvariantCulture);
                                var name = "Rule" + index;
                                patterns.Add(new KeyValuePair<string, string>(name, rule.Pattern.Text));
                                var prefilter = rule.Pattern.Prefilter;
                                var literals = "";
                                if (prefilter != null)
                                {
                                    prefilters.Add(new KeyValuePair<string, PrefilterModel>(name + "Literals", prefilter));
                                    literals = ", " + PatternClassEmitter.ClassName + "." + name + "Literals";
                                }
                                using (writer.Block("if (global::Bulletins.Extraction.Runtime.PatternExtractor.IsMatch(context, " + ExtractorEmitter.Scope(rule.Scope) + ", " + PatternClassEmitter.ClassName + "." + name + literals + "))"))
                                {
                                    writer.Line("score += " + rule.Weight.ToString(CultureInfo.InvariantCulture) + ";");
                                    writer.Line("matched.Add(ArticleSchema.Rules[" + index + "]);");
                                }
                            }
                            writer.Line("return new KindScore(ArticleKind." + kind.Name + ", score, " + kind.Recognition.Threshold.ToString(CultureInfo.InvariantCulture) + ", " + CSharpTypes.ValueList + ".FromArray(matched.ToArray()));");
                        }
                    }

                    writer.Line();
                    writer.Line("/// <summary>One kind's score for one article.</summary>");
                    writer.Line("/// <param name=\"Kind\">The kind scored.</param>");
                    writer.Line("/// <param name=\"Score\">The sum of the weights of the rules that matched.</param>");
                    writer.Line("/// <param name=\"Threshold\">The score the kind needs to be chosen.</param>");
                    writer.Line("/// <param name=\"MatchedRules\">The rules that matched, as <see cref=\"ArticleSchema.Rules\"/> lists them.</param>");
                    using (writer.Block("public sealed record KindScore(ArticleKind Kind, int Score, int Threshold, global::System.Collections.Generic.IReadOnlyList<" + RuleInfo + "> MatchedRules)"))
                    {
                        writer.Line("/// <summary>True when the score reaches the threshold.</summary>");
                        writer.Line("public bool Qualifies => Score >= Threshold;");
                    }

                    PatternClassEmitter.Emit(writer, patterns, prefilters);
                }
            }
            return writer.ToString();
        }
    }
}
