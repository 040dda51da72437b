namespace Bulletins.Generators.Model
{
    /// <summary>Which schema file generates into which namespace: one file per namespace, the first one listed.</summary>
    internal sealed record SchemaOwner(string Namespace, LocationInfo NamespaceLocation);
}
