namespace Bulletins.Extraction.Extractors.Warnings;

/// <summary>The stable codes of text-quality warnings, as constants; what each means is in <see cref="Codes.CodeRegistry"/> (<c>docs/codes.md</c>).</summary>
public static class WarningCodes
{
    /// <summary>Sentences glued without a space.</summary>
    public const string GluedSentence = nameof(GluedSentence);

    /// <summary>Capitals inside a lower-case word.</summary>
    public const string DamagedToken = nameof(DamagedToken);

    /// <summary>A teaser cut off with an ellipsis.</summary>
    public const string TruncatedTeaser = nameof(TruncatedTeaser);
}
