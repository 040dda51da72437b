using System.Text.RegularExpressions;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// The engine the library's own C# patterns run on: .NET's backtracking interpreter, not the non-backtracking engine
/// every schema pattern needs (<see cref="SchemaPattern"/>). Each of these patterns is bounded and runs on a bounded
/// window (one line, or 160-300 characters beside a quote), so its time is bounded without that engine's guarantee.
/// The non-backtracking engine computes Unicode character-set BDDs when it builds a pattern: 3-5 MB of garbage for
/// each pattern with <c>\b</c>, <c>\w</c> or IgnoreCase, mostly large arrays, which lifted a short session's peak
/// working set; the interpreter builds one in under 0.2 MB. Both engines find the same matches (leftmost, with the
/// backtracking engine's priorities), and use the same case table.
/// </summary>
internal static class BuiltInRegex
{
    /// <summary>The engine option every built-in C# pattern adds to its own options.</summary>
    internal const RegexOptions Engine = RegexOptions.None;
}
