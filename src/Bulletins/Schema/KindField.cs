namespace Bulletins.Schema;

/// <summary>One field of one kind, flattened for listings: the kind's base fields and its own.</summary>
/// <param name="Kind">The kind the field belongs to.</param>
/// <param name="Name">Property name in C# and PowerShell.</param>
/// <param name="JsonName">Name in JSON Lines.</param>
/// <param name="TypeName">The schema type, e.g. <c>int?</c> or <c>string[]</c>.</param>
/// <param name="Description">What the field holds.</param>
/// <param name="IsBase">True for the fields every kind has.</param>
public sealed record KindField(string Kind, string Name, string JsonName, string TypeName, string Description, bool IsBase)
{
    /// <summary>The base fields, then the kind's own fields.</summary>
    public static IEnumerable<KindField> Of(KindInfo kind) =>
        BaseFields.All.Concat(kind.Fields).Select(f => new KindField(kind.Name, f.Name, f.JsonName, f.TypeName, f.Description, f.IsBase));
}
