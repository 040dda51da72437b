using Bulletins.Querying;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// How the cmdlets that take articles also take Search-Bulletin's hits: their article parameter
/// binds by property name to the hit's <see cref="SearchHit.Article"/>, so a hit pipes wherever an
/// article does without <c>ForEach-Object Article</c>.
/// </summary>
internal static class ArticleInput
{
    /// <summary>The alias of every article parameter: the name of the hit's property.</summary>
    public const string HitProperty = nameof(SearchHit.Article);
}
