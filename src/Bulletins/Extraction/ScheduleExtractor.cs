using Bulletins.Collections;

namespace Bulletins.Extraction;

// PLACEHOLDER: named by schema/articles.yaml; the extractor itself arrives with issue 4.
public static class ScheduleExtractor
{
    public static IReadOnlyList<ScheduleEntry> Extract(ExtractionContext context) => ValueList<ScheduleEntry>.Empty;
}
