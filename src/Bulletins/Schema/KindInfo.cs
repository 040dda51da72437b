using System.Diagnostics.CodeAnalysis;

namespace Bulletins.Schema;

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
    IReadOnlyList<SchemaField> Fields);
