using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Bulletins.Schema;

namespace Bulletins.PowerShell.Members;

/// <summary>
/// Registers <see cref="ArticlePropertyAdapter"/> for every kind when the module is imported.
/// PowerShell looks a type adapter up by the object's exact type name, not its base types, so the
/// one entry for Bulletins.Article that types.ps1xml could hold would never apply; the kinds come
/// from the generated schema, so no list of them is written twice.
/// </summary>
public sealed class ArticleTypeData : IModuleAssemblyInitializer
{
    /// <summary>Called by pwsh when the module is imported: registers the adapter for every built-in kind in the importing runspace.</summary>
    public void OnImport()
    {
        if (Runspace.DefaultRunspace is null) return;
        var typeData = ArticleSchema.Kinds.Select(kind => new TypeData(kind.ClrType) { TypeAdapter = typeof(ArticlePropertyAdapter) }).ToArray();
        using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        try
        {
            shell.AddCommand("Microsoft.PowerShell.Utility\\Update-TypeData").AddParameter("TypeData", typeData).AddParameter("Force").Invoke();
        }
        catch (RuntimeException)
        {
            // A bare engine host without the Utility module: articles keep .NET's property order.
        }
    }
}
