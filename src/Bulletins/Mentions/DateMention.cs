namespace Bulletins.Mentions;

/// <summary>A date or date range mentioned in an article; a single day has <c>Start == End</c>.</summary>
/// <param name="Text">The text as it stands in the article, e.g. <c>From 3 to 7 March 2025</c>.</param>
/// <param name="Start">First day of the range (inclusive).</param>
/// <param name="End">Last day of the range (inclusive).</param>
public sealed record DateMention(string Text, DateOnly Start, DateOnly End);
