using System;
using System.Collections.Generic;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// YamlDotNet's messages say what its scanner was doing ("While parsing a block mapping, did not find
    /// expected key."); a schema's author needs what is wrong in the YAML and what to do. Unknown
    /// messages are passed on, after a plain sentence, so that nothing is hidden.
    /// </summary>
    internal static class YamlMessages
    {
        /// <summary>True for YamlDotNet's tab messages, whose mark it puts on the line before the tab.</summary>
        public static bool IsAboutTabs(string raw) =>
            raw.IndexOf("tab as indentation", StringComparison.OrdinalIgnoreCase) >= 0
            || raw.IndexOf("tab character that violate", StringComparison.OrdinalIgnoreCase) >= 0;

        private static readonly KeyValuePair<string, string>[] Known =
        {
            Pair("tab as indentation", "a tab is used for indentation: YAML indents with spaces only"),
            Pair("tab character that violate", "a tab is used for indentation: YAML indents with spaces only"),
            Pair("found invalid mapping", "a ': ' inside a plain value starts a mapping here: quote the value ('...'), or put the key on its own line"),
            Pair("cannot start any token", "this character cannot start a YAML value (a tab used for indentation, or a reserved '@' or '`'): indent with spaces, or quote the value"),
            Pair("Mapping values are not allowed in this context", "a ': ' inside a plain value starts a mapping here: quote the value ('...'), or put the key on its own line"),
            Pair("did not find expected key", "this line is not a key of the mapping it stands in: check its indentation (the keys of one mapping start in the same column) and that the line above is complete"),
            Pair("did not find expected '-' indicator", "this line is not an item of the list it stands in: list items start with '- ' in the list's column"),
            Pair("could not find expected ':'", "a key without ':' (a mapping entry is written 'key: value'), or a plain value broken across lines: quote it"),
            Pair("found unexpected end of stream", "a quoted value is never closed: add its closing quote"),
            Pair("did not find expected ',' or ']'", "a '[...]' list is not closed where it should be: add ']' or quote the value"),
            Pair("did not find expected ',' or '}'", "a '{...}' mapping is not closed where it should be: add '}' or quote the value"),
            Pair("found a comment between adjacent scalars", "a '#' comment splits a value: quote the value if the '#' belongs to it"),
            Pair("Block sequence entries are not allowed in this context", "a '- ' list item where a value was expected on the same line: start the list on the next line, indented"),
            Pair("found undefined tag handle", "a '!' starts an unknown YAML tag: quote the value if the '!' belongs to it"),
            Pair("found more than one anchor", "a value with two '&' anchors: quote it if the '&' belongs to it"),
            Pair("did not find expected node content", "a value is missing here (after '-', ':' or an anchor)"),
        };

        public static string Explain(string raw)
        {
            foreach (var known in Known)
            {
                if (raw.IndexOf(known.Key, StringComparison.OrdinalIgnoreCase) >= 0) return known.Value;
            }
            return "the YAML is malformed here (" + raw.TrimEnd('.') + ")";
        }

        private static KeyValuePair<string, string> Pair(string raw, string explained) => new KeyValuePair<string, string>(raw, explained);
    }
}
