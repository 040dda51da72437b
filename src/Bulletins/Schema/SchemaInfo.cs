using System.Diagnostics.CodeAnalysis;

namespace Bulletins.Schema;

/// <summary>One field of an article kind, as the schema declares it.</summary>
/// <param name="Name">Property name in C# (PascalCase).</param>
/// <param name="JsonName">Name in JSON (camelCase).</param>
/// <param name="TypeName">The schema type, e.g. <c>int?</c>, <c>string[]</c>, <c>ScheduleEntry[]</c>.</param>
/// <param name="Description">What the field holds.</param>
/// <param name="IsBase">True for the fields every kind has.</param>
public sealed record FieldInfo(string Name, string JsonName, string TypeName, string Description, bool IsBase);

/// <summary>One article kind, as the schema declares it.</summary>
/// <param name="Name">Kind name, e.g. <c>Speech</c>.</param>
/// <param name="Description">What articles of this kind are.</param>
/// <param name="ClrType">The generated record type.</param>
/// <param name="IsFallback">True for the kind that takes every article no other kind recognises.</param>
/// <param name="Fields">The kind's own fields (not the base fields).</param>
public sealed record KindInfo(
    string Name,
    string Description,
    // The reader makes an empty record of the fallback kind for an article whose extraction threw: the
    // trimmer must keep the constructor (typeof in the generated metadata satisfies this).
    [param: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    [property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    Type ClrType, 
    bool IsFallback,
    IReadOnlyList<FieldInfo> Fields);
