using System.Management.Automation;
using Bulletins.PowerShell.Completion;
using Bulletins.PowerShell.Errors;
using Bulletins.PowerShell.Schema;
using Bulletins.Schema;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// The article kinds of the schema the module was built with, with their descriptions; -Field lists
/// each kind's fields (the base fields every kind has, then its own) with types and descriptions.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BulletinSchema")]
[OutputType(typeof(KindInfo), typeof(KindField))]
public sealed class GetBulletinSchemaCommand : PSCmdlet
{
    /// <summary>Kinds to show (wildcards allowed); all by default.</summary>
    [SupportsWildcards]
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(KindCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Kind { get; set; }

    /// <summary>Lists the fields of the kinds instead of the kinds.</summary>
    [Parameter]
    public SwitchParameter Field { get; set; }

    /// <summary>Writes the kinds -Kind matches (each unknown plain name is an error), or with -Field their fields.</summary>
    protected override void EndProcessing()
    {
        foreach (var pattern in Kind ?? [])
        {
            if (!WildcardPattern.ContainsWildcardCharacters(pattern) && !KindCatalog.Names.Contains(pattern, StringComparer.OrdinalIgnoreCase))
            {
                WriteError(BulletinErrors.NoSuchKind(pattern, KindCatalog.Names));
            }
        }
        var matches = Wildcards.Matcher(Kind);
        var kinds = KindCatalog.Kinds.Where(k => matches is null || matches(k.Name)).ToList();
        WriteVerbose($"{kinds.Count} of the schema's {KindCatalog.Kinds.Count} kinds: {string.Join(", ", kinds.Select(k => k.Name))}.");
        foreach (var kind in kinds)
        {
            if (Field) WriteObject(KindField.Of(kind), enumerateCollection: true);
            else WriteObject(kind);
        }
    }
}
