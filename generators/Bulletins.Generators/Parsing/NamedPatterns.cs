using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The schema's named patterns (<c>patterns:</c>) read so far and its word lists (<c>words:</c>), by name:
    /// what a <c>{use: name}</c> anywhere a pattern goes stands for, and what a <c>{{name}}</c> inside a regex
    /// splices (<see cref="PatternSplices"/>). Each pattern was checked and analysed once, where the schema writes it.
    /// </summary>
    internal sealed class NamedPatterns
    {
        private readonly Dictionary<string, PatternModel> _byName = new Dictionary<string, PatternModel>();
        private readonly Dictionary<string, EquatableArray<string>> _words = new Dictionary<string, EquatableArray<string>>();


        /// <summary>A library that knows the schema's word lists, before any named pattern is read.</summary>
        public static NamedPatterns WithWords(IEnumerable<WordListModel> lists)
        {
            var library = new NamedPatterns();
            foreach (var list in lists) library._words[list.Name] = list.Words;
            return library;
        }

        public void Add(string name, PatternModel pattern) => _byName[name] = pattern;

        public bool TryGet(string name, out PatternModel pattern) => _byName.TryGetValue(name, out pattern!);

        /// <summary>The words of the word list <paramref name="name"/>, for a splice.</summary>
        public bool TryGetWords(string name, out EquatableArray<string> words) => _words.TryGetValue(name, out words);

        /// <summary>The known names, for a diagnostic about an unknown one.</summary>
        public string Known => _byName.Count == 0 ? "the schema has no 'patterns:'" : "the named patterns are " + Sorted(_byName.Keys);

        /// <summary>The names a splice may take, for a diagnostic about an unknown one.</summary>
        public string KnownSplices =>
            _byName.Count + _words.Count == 0 ? "the schema has no 'patterns:' and no 'words:'" : "the names are " + Sorted(_byName.Keys.Concat(_words.Keys));

        private static string Sorted(IEnumerable<string> names) => string.Join(", ", names.OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
