namespace Bulletins.Archive.Stores;

/// <summary>
/// The archive's tables and indexes, once for both stores (docs/archive.md, "Tables"): each column
/// with the kind of value it holds, which the store's dialect names in its own SQL types. The
/// full-text index is the one part each store builds its own way (<see cref="StoreDialect.FullTextStatements"/>).
/// </summary>
internal static class ArchiveTables
{
    private sealed record Column(string Name, ColumnType Type, bool Nullable = false, string? Constraint = null);

    private sealed record Table(string Name, Column[] Columns, string? PrimaryKey = null);

    private static readonly Table[] Tables =
    [
        new("archive_meta", [new("key", ColumnType.Text, Constraint: "PRIMARY KEY"), new("value", ColumnType.Text)]),
        new("articles",
        [
            new("seq", ColumnType.Sequence),
            new("id", ColumnType.Text, Constraint: "UNIQUE"),
            new("kind", ColumnType.Text),
            new("title", ColumnType.Text),
            new("source", ColumnType.Text),
            new("source_key", ColumnType.Text),
            new("file", ColumnType.Text),
            new("line", ColumnType.Integer),
            new("last_line", ColumnType.Integer),
            new("is_truncated", ColumnType.Boolean),
            new("duplicate_of", ColumnType.Text, Nullable: true),
            new("body", ColumnType.Text),
            new("fields", ColumnType.Json),
            new("bulletin_year", ColumnType.Integer, Nullable: true),
            new("month", ColumnType.Text, Nullable: true),
            new("body_hash", ColumnType.Long, Nullable: true),
            new("start_hash", ColumnType.Long, Nullable: true),
            new("saved_at", ColumnType.Text),
        ]),
        new("sightings",
            [new("article_seq", ColumnType.ArticleReference), new("file", ColumnType.Text), new("line", ColumnType.Integer), new("saved_at", ColumnType.Text)],
            PrimaryKey: "article_seq, file, line"),
        new("people", [new("article_seq", ColumnType.ArticleReference), new("name", ColumnType.Text), new("name_key", ColumnType.Text), new("title", ColumnType.Text, Nullable: true)]),
        new("countries", [new("article_seq", ColumnType.ArticleReference), new("country", ColumnType.Text), new("country_key", ColumnType.Text)]),
        new("dates", [new("article_seq", ColumnType.ArticleReference), new("start_day", ColumnType.Integer), new("end_day", ColumnType.Integer)]),
        new("money", [new("article_seq", ColumnType.ArticleReference), new("amount", ColumnType.Number), new("currency", ColumnType.Text)]),
    ];

    // The filters' indexes: ids and repeat keys for saving, sources, kinds, people and countries for
    // queries, article_seq for the mentions of an article. Dates are checked per candidate article.
    private static readonly string[] Indexes =
    [
        "CREATE INDEX articles_body_hash ON articles (body_hash)",
        "CREATE INDEX articles_start_hash ON articles (start_hash) WHERE start_hash IS NOT NULL",
        "CREATE INDEX articles_source_kind ON articles (source_key, kind)",
        "CREATE INDEX articles_kind ON articles (kind)",
        "CREATE INDEX articles_month ON articles (month)",
        "CREATE INDEX people_name ON people (name_key, article_seq)",
        "CREATE INDEX people_article ON people (article_seq)",
        "CREATE INDEX countries_name ON countries (country_key, article_seq)",
        "CREATE INDEX countries_article ON countries (article_seq)",
        "CREATE INDEX dates_article ON dates (article_seq, start_day, end_day)",
        "CREATE INDEX money_article ON money (article_seq)",
    ];

    // A key says itself that it holds a value (and version 1 wrote no NOT NULL for one).
    private static bool IsKey(Column column) => column.Type == ColumnType.Sequence || column.Constraint == "PRIMARY KEY";

    /// <summary>A table's columns, in order, with the kind of value each holds.</summary>
    public static IReadOnlyList<(string Name, ColumnType Type)> Columns(string table) =>
        [.. Tables.Single(t => t.Name == table).Columns.Select(c => (c.Name, c.Type))];

    /// <summary>The statements that create an empty archive in the dialect's store, in order.</summary>
    public static IEnumerable<string> Statements(StoreDialect dialect)
    {
        foreach (var table in Tables)
        {
            var columns = table.Columns.Select(c =>
                $"{c.Name} {dialect.SqlType(c.Type)}{(IsKey(c) ? "" : c.Nullable ? " NULL" : " NOT NULL")}{(c.Constraint is null ? "" : " " + c.Constraint)}"
                + (c.Type == ColumnType.ArticleReference ? " REFERENCES articles (seq)" : ""));
            var extra = table.Name == "articles" ? dialect.ExtraArticleColumns : [];
            var primaryKey = table.PrimaryKey is null ? [] : new[] { $"PRIMARY KEY ({table.PrimaryKey})" };
            yield return $"CREATE TABLE {table.Name} ({string.Join(", ", columns.Concat(extra).Concat(primaryKey))})";
        }
        foreach (var index in Indexes) yield return index;
        foreach (var statement in dialect.FullTextStatements) yield return statement;
    }
}
