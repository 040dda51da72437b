namespace Bulletins.Extraction.Runtime;

/// <summary>Which part of an article a schema pattern looks at.</summary>
public enum TextScope
{
    /// <summary>The title.</summary>
    Title,
    /// <summary>The name on the Source line.</summary>
    Source,
    /// <summary>The first body paragraph.</summary>
    Opening,
    /// <summary>The last body paragraph.</summary>
    Closing,
    /// <summary>Any body paragraph.</summary>
    Body,
    /// <summary>The title or any body paragraph.</summary>
    All,
}
