using Bulletins.Collections;

namespace Bulletins.Extraction;

// PLACEHOLDER: named by schema/articles.yaml; the extractor itself arrives with issue 4.
public static class HandleExtractor
{
    public static IReadOnlyList<string> Extract(ExtractionContext context) => ValueList<string>.Empty;
}
