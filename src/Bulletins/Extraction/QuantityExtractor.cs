using Bulletins.Collections;

namespace Bulletins.Extraction;

// PLACEHOLDER: named by schema/articles.yaml; the extractor itself arrives with issue 4.
public static class QuantityExtractor
{
    public static IReadOnlyList<Quantity> Extract(ExtractionContext context) => ValueList<Quantity>.Empty;
}
