namespace Bulletins.Archive;

/// <summary>
/// A new article's row in <c>articles</c>, its values in the table's column order (without <c>seq</c>,
/// which the store numbers): what a batch gathers before its rows are inserted
/// (<see cref="Stores.StoreDialect.InsertArticles"/>). <see cref="Search"/> is the store's own full-text
/// column where it has one (<see cref="Stores.StoreDialect.SearchVector"/>), not among <see cref="Columns"/>.
/// </summary>
internal sealed record ArticleRow(
    Article Stored, string Body, string Fields, int? BulletinYear, string? Month, long? BodyHash, long? StartHash, string SavedAt,
    object? Search = null)
{
    /// <summary>The columns <see cref="Values"/> gives, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "kind", "title", "source", "source_key", "file", "line", "last_line", "is_truncated", "duplicate_of",
        "body", "fields", "bulletin_year", "month", "body_hash", "start_hash", "saved_at",
    ];

    public object?[] Values() =>
    [
        Stored.Id, Stored.Kind, Stored.Title, Stored.Source, Glob.Key(Stored.Source), Stored.File, Stored.Line, Stored.LastLine,
        Stored.IsTruncated, Stored.DuplicateOf, Body, Fields, BulletinYear, Month, BodyHash, StartHash, SavedAt,
    ];
}
