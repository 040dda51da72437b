using System.Linq;
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

        /// <summary>
        /// The pattern with each splice replaced (<paramref name="spliced"/> says whether there was one), or null
        /// (reported at the splice) when a name is unknown.
        /// </summary>
        public static string? Expand(YamlScalarNode node, string pattern, NamedPatterns library, DiagnosticBag diagnostics, out bool spliced)
        {
            spliced = false;
            if (pattern.IndexOf("{{", System.StringComparison.Ordinal) < 0) return pattern;
            bool valid = true, any = false;
            var expanded = Splice.Replace(pattern, match =>
            {
                any = true;
                var name = match.Groups[1].Value;
                if (library.TryGet(name, out var named)) return "(?:" + named.Text + ")";
                // Regex.Escape, as the C# extractors that read a word list escape it: a space becomes `\ `, so a
                // pattern with (?x) keeps the word's spaces.
                if (library.TryGetWords(name, out var words)) return "(?:" + string.Join("|", words.Select(Regex.Escape)) + ")";
                var (start, _) = PatternColumn.At(node, match.Index);
                var (_, end) = PatternColumn.At(node, match.Index + match.Length - 1);
                diagnostics.Report(SchemaDiagnostics.InvalidValue, start, end,
                    $"the pattern splices '{{{{{name}}}}}', which is neither a named pattern declared before it nor a word list ({library.KnownSplices})");
                valid = false;
                return match.Value;
            });
            spliced = any;
            return valid ? expanded : null;
        }
    }
}
