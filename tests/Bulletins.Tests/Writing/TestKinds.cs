using System.Text.Json;
using Bulletins.Extraction.Runtime;
using Bulletins.Schema;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>
/// A kind defined in the test assembly, standing in for a generated one: it has fields of its own
/// and writes them the way generated kinds do (JSON and CSV cells, with metadata like a generated
/// <c>ArticleSchema</c>'s), so the writers can be tested on any mix of kinds.
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

    /// <summary>What a generated schema's metadata would say of this kind.</summary>
    public static KindInfo Info { get; } = new("RaidReport", "A raid, for tests.", typeof(RaidReport), false,
    [
        new SchemaField(nameof(RaidCount), "raidCount", "int?", "Raids.", false),
        new SchemaField(nameof(RaidUnits), "raidUnits", "string[]", "Units.", false),
        new SchemaField(nameof(RaidUnitsByCountry), "raidUnitsByCountry", "map<string, string[]>", "Units by country.", false),
    ]);

    /// <summary>The built-in kinds and this one, for a writer that writes both.</summary>
    public static IEnumerable<KindInfo> WithBuiltIn => ArticleSchema.Kinds.Append(Info);

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

    public override void WriteKindCells(Span<string> cells)
    {
        cells[0] = FieldText.Format(RaidCount);
        cells[1] = FieldText.Format(RaidUnits);
        cells[2] = FieldText.Format(RaidUnitsByCountry);
    }
}
