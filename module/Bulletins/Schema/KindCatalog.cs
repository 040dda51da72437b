using System.Management.Automation;
using Bulletins.Schema;

namespace Bulletins.PowerShell.Schema;

/// <summary>The schema's kinds as the module sees them: for Get-BulletinSchema, -Kind filters and completion.</summary>
internal static class KindCatalog
{
    /// <summary>The kinds the generator compiled from schema/articles.yaml, in schema order.</summary>
    public static IReadOnlyList<KindInfo> Kinds => ArticleSchema.Kinds;

    public static IEnumerable<string> Names => Kinds.Select(k => k.Name);

    /// <summary>
    /// A predicate for -Kind values (wildcards allowed), or null when none were given. A plain name the
    /// schema does not know is a terminating error: it is a typo, not an empty result.
    /// </summary>
    public static Func<string, bool>? Filter(PSCmdlet cmdlet, string[]? kinds)
    {
        if (kinds is null || kinds.Length == 0) return null;
        foreach (var kind in kinds)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(kind) && !Names.Contains(kind, StringComparer.OrdinalIgnoreCase))
            {
                cmdlet.ThrowTerminatingError(Errors.BulletinErrors.NoSuchKind(kind, Names));
            }
        }
        return Wildcards.Matcher(kinds);
    }
}
