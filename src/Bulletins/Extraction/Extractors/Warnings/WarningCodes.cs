namespace Bulletins.Extraction.Extractors.Warnings;

/// <summary>The stable codes of text-quality warnings.</summary>
public static class WarningCodes
{
    /// <summary>Two sentences or paragraphs glued without a space: <c>network.The</c>, <c>authoritiesThese</c>.</summary>
    public const string GluedSentence = nameof(GluedSentence);

    /// <summary>A stray run of capitals inside a lower-case word: <c>focuseXXId</c>.</summary>
    public const string DamagedToken = nameof(DamagedToken);

    /// <summary>The body is a feed teaser cut off with an ellipsis.</summary>
    public const string TruncatedTeaser = nameof(TruncatedTeaser);
}
