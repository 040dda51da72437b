using Bulletins.Collections;

namespace Bulletins.Extraction;

// PLACEHOLDER: named by schema/articles.yaml; the extractor itself arrives with issue 4.
public static class AuthorityExtractor
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Extract(ExtractionContext context) => ValueMap<string, IReadOnlyList<string>>.Empty;
}
