namespace Bulletins.Mentions;

/// <summary>An amount of money mentioned in an article.</summary>
/// <param name="Text">The text as it stands in the article, e.g. <c>EUR 240 000</c>.</param>
/// <param name="Amount">The amount as a number: <c>4.5 billion dollars</c> is 4500000000.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>EUR</c>, <c>USD</c>, <c>GBP</c>.</param>
public sealed record MoneyMention(string Text, decimal Amount, string Currency)
{
    /// <summary><c>240000 EUR</c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}
