using System.Text;

namespace Bulletins.Archive;

/// <summary>
/// Name patterns for archive filters: <c>*</c> any run of characters, <c>?</c> one character,
/// everything else literal, ignoring case (invariant). Matching in the store (SQL <c>LIKE</c> over a
/// lower-cased key column) and in memory (<see cref="IsMatch"/>) agree.
/// </summary>
public static class Glob
{
    /// <summary>True when the pattern has a wildcard character.</summary>
    public static bool HasWildcards(string pattern) => pattern.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The key a name is stored and compared under.</summary>
    public static string Key(string name) => name.ToLowerInvariant();

    /// <summary>The pattern as a SQL LIKE pattern over <see cref="Key"/> values, escaping with a backslash.</summary>
    public static string ToLike(string pattern)
    {
        var like = new StringBuilder(pattern.Length + 4);
        foreach (char c in Key(pattern))
        {
            like.Append(c switch
            {
                '*' => "%",
                '?' => "_",
                '%' => "\\%",
                '_' => "\\_",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }
        return like.ToString();
    }

    /// <summary>True when <paramref name="text"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, string text) => Match(Key(pattern), 0, Key(text), 0);

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                while (p < pattern.Length && pattern[p] == '*') p++;
                if (p == pattern.Length) return true;
                for (int from = t; from <= text.Length; from++)
                {
                    if (Match(pattern, p, text, from)) return true;
                }
                return false;
            }
            if (t == text.Length || (c != '?' && c != text[t])) return false;
            p++;
            t++;
        }
        return t == text.Length;
    }
}
