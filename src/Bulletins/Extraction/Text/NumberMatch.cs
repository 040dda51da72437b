namespace Bulletins.Extraction.Text;

/// <summary>A number read from tokens <c>[First, Last]</c>.</summary>
/// <param name="Value">The value with its scale applied (<c>1.3 million</c> is 1300000).</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="InWords">True when written in words (<c>five</c>, <c>two hundred and fifty</c>).</param>
/// <param name="Scaled">True when a scale word (<c>million</c>) or abbreviation follows the digits.</param>
public readonly record struct NumberMatch(decimal Value, int First, int Last, bool InWords, bool Scaled);
