using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>The expression that fills a kind field from <c>context</c>, and the patterns it needs.</summary>
    internal static class ExtractorEmitter
    {
        private const string Patterns = "global::Bulletins.Extraction.Runtime.PatternExtractor";

        /// <summary>Adds the field's patterns to <paramref name="patterns"/> and returns the expression.</summary>
        public static string Expression(FieldModel field, List<KeyValuePair<string, string>> patterns)
        {
            var extractor = field.Extractor!;
            var type = field.Type;
            var scope = Scope(extractor.Scope);
            switch (extractor.Kind)
            {
                case ExtractorKind.Method:
                    return "global::" + extractor.Method + "(context)";

                case ExtractorKind.Count:
                {
                    var noun = Add(patterns, field.PropertyName + "Noun", extractor.Pattern);
                    var verb = extractor.SecondPattern.Length > 0 ? Add(patterns, field.PropertyName + "Verb", extractor.SecondPattern) : "null";
                    var call = "global::Bulletins.Extraction.Runtime.CountExtractor.Find(context, " + noun + ", " + verb + ")";
                    return type.IsNullable ? call : call + " ?? 0";
                }

                case ExtractorKind.Flag:
                {
                    var whenTrue = extractor.Pattern.Length > 0 ? Add(patterns, field.PropertyName + "True", extractor.Pattern) : "null";
                    var whenFalse = extractor.SecondPattern.Length > 0 ? Add(patterns, field.PropertyName + "False", extractor.SecondPattern) : "null";
                    var call = Patterns + ".Flag(context, " + scope + ", " + whenTrue + ", " + whenFalse + ")";
                    return type.IsNullable ? call : call + " ?? false";
                }

                default:
                    return PatternExpression(type, scope, Add(patterns, field.PropertyName, extractor.Pattern));
            }
        }

        private static string PatternExpression(FieldTypeModel type, string scope, string regex)
        {
            if (type.Shape == TypeShape.List)
            {
                var element = type.Element!;
                return element.Name == "string"
                    ? Patterns + ".AllTexts(context, " + scope + ", " + regex + ")"
                    : Patterns + ".AllValues<" + ValueType(element.Name) + ">(context, " + scope + ", " + regex + ", " + Parser(element.Name) + ")";
            }

            if (type.Name == "string")
            {
                var text = Patterns + ".FirstText(context, " + scope + ", " + regex + ")";
                return type.IsNullable ? text : text + " ?? \"\"";
            }

            var value = Patterns + ".FirstValue<" + ValueType(type.Name) + ">(context, " + scope + ", " + regex + ", " + Parser(type.Name) + ")";
            return type.IsNullable ? value : value + ".GetValueOrDefault()";
        }

        private static string ValueType(string builtin) => builtin == "date" ? "global::System.DateOnly" : builtin;

        private static string Parser(string builtin)
        {
            switch (builtin)
            {
                case "int": return Patterns + ".TryParseInt32";
                case "long": return Patterns + ".TryParseInt64";
                case "decimal": return Patterns + ".TryParseDecimal";
                case "double": return Patterns + ".TryParseDouble";
                case "bool": return Patterns + ".TryParseBoolean";
                default: return Patterns + ".TryParseDate";
            }
        }

        public static string Scope(TextScopeModel scope) => "global::Bulletins.Extraction.Runtime.TextScope." + scope;

        private static string Add(List<KeyValuePair<string, string>> patterns, string name, string pattern)
        {
            patterns.Add(new KeyValuePair<string, string>(name, pattern));
            return PatternClassEmitter.ClassName + "." + name;
        }
    }
}
