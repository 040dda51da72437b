namespace Bulletins.Schema;

/// <summary>One field of an article kind, as the schema declares it.</summary>
/// <param name="Name">Property name in C# (PascalCase).</param>
/// <param name="JsonName">Name in JSON (camelCase).</param>
/// <param name="TypeName">The schema type, e.g. <c>int?</c>, <c>string[]</c>, <c>ScheduleEntry[]</c>.</param>
/// <param name="Description">What the field holds.</param>
/// <param name="IsBase">True for the fields every kind has.</param>
public sealed record SchemaField(string Name, string JsonName, string TypeName, string Description, bool IsBase);
