using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The schema's named patterns (<c>patterns:</c>) read so far, by name: what a <c>{use: name}</c>
    /// anywhere a pattern goes stands for. Each was checked and analysed once, where the schema writes it.
    /// </summary>
    internal sealed class NamedPatterns
    {
        private readonly Dictionary<string, PatternModel> _byName = new Dictionary<string, PatternModel>();

        /// <summary>A schema without <c>patterns:</c>: every <c>use</c> is unknown.</summary>
        public static NamedPatterns None => new NamedPatterns();

        public void Add(string name, PatternModel pattern) => _byName[name] = pattern;

        public bool TryGet(string name, out PatternModel pattern) => _byName.TryGetValue(name, out pattern!);

        /// <summary>The known names, for a diagnostic about an unknown one.</summary>
        public string Known => _byName.Count == 0 ? "the schema has no 'patterns:'" : "the named patterns are " + string.Join(", ", _byName.Keys.OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
