using Bulletins.Reading;

namespace Bulletins.Codes;

/// <summary>One stable code Bulletins reports, as <see cref="CodeRegistry"/> lists it (and <c>docs/codes.md</c> documents it).</summary>
/// <param name="Code">The code itself: <c>BLT001</c>, <c>GluedSentence</c>, <c>FileNotFound</c>.</param>
/// <param name="Severity">Error (input lost, unreadable or refused) or Warning (kept, but worth a look).</param>
/// <param name="RaisedBy">What reports it, and as what (a <see cref="BulletinProblem"/>, an article's warning, an ErrorRecord id).</param>
/// <param name="Meaning">What it means, in one sentence or two.</param>
public sealed record CodeInfo(string Code, ProblemSeverity Severity, string RaisedBy, string Meaning);
