namespace Bulletins.Generators.Model
{
    /// <summary>A checked schema pattern with what the one analysis of it found.</summary>
    /// <param name="Text">The pattern as the schema writes it (valid, supported, within the size limit).</param>
    /// <param name="Prefilter">Strings of which every match holds one, or null when no useful set exists.</param>
    internal sealed record PatternModel(string Text, PrefilterModel? Prefilter);

    /// <summary>A rule's prefilter: the classifier skips a text holding none of <see cref="Literals"/> without running the regex.</summary>
    /// <param name="Literals">The strings, in ordinal order.</param>
    /// <param name="IgnoreCase">Whether to compare them ignoring case (the pattern turns on <c>(?i)</c>).</param>
    /// <param name="Window">
    /// When every match starts the text and is at most this many characters long, the literals are looked for in
    /// that many first characters only; null to look through the whole text.
    /// </param>
    internal sealed record PrefilterModel(EquatableArray<string> Literals, bool IgnoreCase, int? Window = null);
}
