namespace Bulletins.Mentions;

/// <summary>Quoted speech.</summary>
/// <param name="Text">The words inside the quotation marks.</param>
/// <param name="Speaker">Full name of the speaker when the text says who; null otherwise.</param>
public sealed record QuoteMention(string Text, string? Speaker)
{
    /// <summary><c>Speaker: text</c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}
