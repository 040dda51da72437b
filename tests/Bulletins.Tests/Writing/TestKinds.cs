using System.Text.Json;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Tests.Writing;

/// <summary>
/// A kind defined in the test assembly, standing in for a generated one: it has fields of its own
/// and writes them the way generated kinds do, so the writers can be tested on any mix of kinds.
/// </summary>
public sealed record RaidReport : Article
{
    public RaidReport()
    {
    }

    public RaidReport(ExtractionContext context) : base(context)
    {
    }

    public override string Kind => "RaidReport";

    public int? RaidCount { get; init; }

    public IReadOnlyList<string> RaidUnits { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> RaidUnitsByCountry { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public override void WriteKindFields(Utf8JsonWriter writer)
    {
        if (RaidCount is { } raidCount) writer.WriteNumber("raidCount", raidCount);
        else writer.WriteNull("raidCount");
        writer.WriteStartArray("raidUnits");
        foreach (var unit in RaidUnits) writer.WriteStringValue(unit);
        writer.WriteEndArray();
        writer.WriteStartObject("raidUnitsByCountry");
        foreach (var (country, units) in RaidUnitsByCountry)
        {
            writer.WriteStartArray(country);
            foreach (var unit in units) writer.WriteStringValue(unit);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
