using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Bulletins.Generators.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// <c>{{name}}</c> inside a regex the schema writes: a named pattern declared before it, spliced as
    /// <c>(?:pattern)</c>, or a word list of <c>words:</c>, spliced as <c>(?:word|word|...)</c> with each word
    /// escaped. It puts shared wording in the middle of a pattern (the zones of a programme line, a title rule's
    /// genre nouns), where <c>{use: name}</c>, a whole pattern, cannot go. A name nothing declares is reported at
    /// its braces.
    /// </summary>
    internal static class PatternSplices
    {
        // A camelCase schema name between double braces; anything else (`a{2}`, `{{`) is the regex's own.
        private static readonly Regex Splice = new Regex(@"\{\{([a-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant);

        /// <summary>True when <paramref name="pattern"/> splices something.</summary>
        public static bool Has(string pattern) => pattern.IndexOf("{{", System.StringComparison.Ordinal) >= 0 && Splice.IsMatch(pattern);

        /// <summary>The pattern with each splice replaced, or null (reported at the splice) when a name is unknown.</summary>
        public static string? Expand(YamlScalarNode node, string pattern, NamedPatterns library, DiagnosticBag diagnostics)
        {
            bool valid = true;
            var expanded = Splice.Replace(pattern, match =>
            {
                var name = match.Groups[1].Value;
                if (library.TryGet(name, out var named)) return "(?:" + named.Text + ")";
                if (library.TryGetWords(name, out var words)) return "(?:" + string.Join("|", words.Select(Escape)) + ")";
                var (start, _) = PatternColumn.At(node, match.Index);
                var (_, end) = PatternColumn.At(node, match.Index + match.Length - 1);
                diagnostics.Report(SchemaDiagnostics.InvalidValue, start, end,
                    $"the pattern splices '{{{{{name}}}}}', which is neither a named pattern declared before it nor a word list ({library.KnownSplices})");
                valid = false;
                return match.Value;
            });
            return valid ? expanded : null;
        }

        /// <summary>A word as a literal: the regex's special characters escaped, its spaces kept readable.</summary>
        private static string Escape(string word)
        {
            var text = new StringBuilder();
            foreach (char c in word)
            {
                if ("\\*+?|{}[]()^$.#".IndexOf(c) >= 0) text.Append('\\');
                text.Append(c);
            }
            return text.ToString();
        }
    }
}
