using System.Management.Automation;

namespace Bulletins.PowerShell;

/// <summary>Name filters the PowerShell way: any of several wildcard patterns, ignoring case.</summary>
internal static class Wildcards
{
    /// <summary>A predicate true for text matching any pattern; null when there are no patterns.</summary>
    public static Func<string, bool>? Matcher(IEnumerable<string>? patterns)
    {
        var compiled = patterns?.Where(p => !string.IsNullOrEmpty(p))
            .Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant))
            .ToArray();
        if (compiled is null || compiled.Length == 0) return null;
        return text => Array.Exists(compiled, p => p.IsMatch(text));
    }

    /// <summary>A predicate true for text containing any value (or matching it as a wildcard pattern).</summary>
    public static Func<string, bool>? ContainsMatcher(IEnumerable<string>? values) =>
        Matcher(values?.Select(v => WildcardPattern.ContainsWildcardCharacters(v) ? v : "*" + WildcardPattern.Escape(v) + "*"));
}
