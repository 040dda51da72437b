namespace Bulletins.Extraction.Extractors.Warnings;

/// <summary>A text-quality finding inside an article (glued sentences, damaged tokens, a truncated teaser).</summary>
/// <param name="Code">Stable code, e.g. <c>GluedSentence</c>.</param>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="Line">1-based line in the file where the offending text is.</param>
/// <param name="Text">The offending text.</param>
public sealed record TextWarning(string Code, string Message, int Line, string Text)
{
    /// <summary><c>Code (line N)</c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}
