using Bulletins.Extraction;

namespace Bulletins;

// PLACEHOLDER until the generator lands (issue 2): one fallback kind so that the reader, writers and
// module can be built and tested end to end. Deleted when the generator emits the real kinds.
public sealed partial record NewsRelease : Article
{
    public NewsRelease() { }
    internal NewsRelease(ExtractionContext context) : base(context) { }
    public override string Kind => "NewsRelease";
}

public static partial class ArticleFactory
{
    public static Article Create(ExtractionContext context) => new NewsRelease(context);
}

public sealed partial record ScheduleEntry
{
    public string Time { get; init; } = "";
    public string? TimeZone { get; init; }
    public string Event { get; init; } = "";
}

public sealed partial record Quantity
{
    public string Text { get; init; } = "";
    public decimal Amount { get; init; }
    public string Unit { get; init; } = "";
}
