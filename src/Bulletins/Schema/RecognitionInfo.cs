using Bulletins.Extraction.Runtime;

namespace Bulletins.Schema;

/// <summary>How the classifier recognises one article kind.</summary>
/// <param name="Kind">The kind's name.</param>
/// <param name="Threshold">The score the kind needs to be chosen.</param>
/// <param name="Rules">The kind's rules, in schema order.</param>
public sealed record RecognitionInfo(string Kind, int Threshold, IReadOnlyList<RuleInfo> Rules);

/// <summary>One recognition rule: if <see cref="Pattern"/> matches in <see cref="Scope"/>, the kind scores <see cref="Weight"/>.</summary>
/// <param name="Kind">The kind the rule scores for.</param>
/// <param name="Scope">What part of the article the pattern looks at.</param>
/// <param name="Pattern">The .NET regular expression, as the schema writes it.</param>
/// <param name="Weight">What a match adds to the kind's score (may be negative).</param>
/// <param name="Generalises">Why the rule holds for text it has never seen.</param>
public sealed record RuleInfo(string Kind, TextScope Scope, string Pattern, int Weight, string Generalises);
