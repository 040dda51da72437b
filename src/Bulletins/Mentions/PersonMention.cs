namespace Bulletins.Mentions;

/// <summary>A named person, once per article, with the fullest name the article gives.</summary>
/// <param name="Name">Full name, e.g. <c>Jens Stoltenberg</c>.</param>
/// <param name="Title">Office or rank the article gives them, e.g. <c>Secretary General</c>; null when none.</param>
public sealed record PersonMention(string Name, string? Title)
{
    /// <summary><c>Name (Title)</c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}
