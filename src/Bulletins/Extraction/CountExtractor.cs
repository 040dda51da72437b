using System.Text.RegularExpressions;

namespace Bulletins.Extraction;

// PLACEHOLDER: called by the generated code for `extract: count`; arrives with issue 4.
public static class CountExtractor
{
    /// <summary>
    /// Finds how many of <paramref name="noun"/> the article counts ("37 arrests", "five new arrests",
    /// "the arrest of six individuals", "Twelve suspects were arrested" with <paramref name="verb"/>).
    /// </summary>
    public static int? Find(ExtractionContext context, Regex noun, Regex? verb) => null;
}
