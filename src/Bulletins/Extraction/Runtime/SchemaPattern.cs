using System.Buffers;
using System.Text.RegularExpressions;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// A named pattern of the schema (<c>patterns:</c>), as the generated <c>&lt;Name&gt;Patterns</c> class gives
/// it to C# extractors: the wording written once in the YAML, which rules and extractors there use by name
/// (<c>{use: name}</c>) and C# reads here. It runs as every schema pattern does (non-backtracking,
/// culture-invariant, <see cref="PatternExtractor.MatchTimeout"/>), and carries the strings the generator
/// found that every match holds, so a line without any of them is turned away without the regex.
/// </summary>
public sealed class SchemaPattern
{
    private readonly SearchValues<string>? _prefilter;
    private Regex? _regex;

    /// <summary>A pattern with its prefilter, as the generator emits it.</summary>
    /// <param name="text">The regex as the schema writes it (checked by the generator).</param>
    /// <param name="prefilter">Strings of which every match holds one, or null when there is no useful set.</param>
    /// <param name="ignoreCase">Whether to look for <paramref name="prefilter"/> ignoring case.</param>
    public SchemaPattern(string text, string[]? prefilter, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        if (prefilter is { Length: > 0 })
            _prefilter = SearchValues.Create(prefilter, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The regex as the schema writes it.</summary>
    public string Text { get; }

    /// <summary>The compiled regex, built on first use and shared with every rule and field of the same text (<see cref="PatternExtractor.Compile"/>).</summary>
    public Regex Regex => _regex ??= PatternExtractor.Compile(Text);

    /// <summary>False only when the pattern cannot match <paramref name="text"/>: it holds none of the prefilter's strings.</summary>
    /// <param name="text">The text to test.</param>
    public bool MayMatch(ReadOnlySpan<char> text) => _prefilter is null || text.IndexOfAny(_prefilter) >= 0;

    /// <summary>True when the pattern matches somewhere in <paramref name="text"/> (the prefilter first, then the regex).</summary>
    /// <param name="text">The text to test.</param>
    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>The first match in <paramref name="text"/>, with its groups; <see cref="Match.Empty"/> when the prefilter rules it out.</summary>
    /// <param name="text">The text to search.</param>
    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
