namespace Bulletins.Schema;

/// <summary>A record type the schema declares for its kinds' fields (<c>types</c> in the YAML).</summary>
/// <param name="Name">The type's name, e.g. <c>ScheduleEntry</c>.</param>
/// <param name="Description">What a value of the type holds.</param>
/// <param name="ClrType">The generated record type.</param>
/// <param name="Fields">The type's fields.</param>
public sealed record DeclaredTypeInfo(string Name, string Description, Type ClrType, IReadOnlyList<SchemaField> Fields);
