namespace Bulletins.Extraction.Extractors.Money;

/// <summary>An amount of money found at <c>[Start, End)</c> of a text.</summary>
internal readonly record struct MoneyFinding(int Start, int End, decimal Amount, string Currency);
