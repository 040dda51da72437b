namespace Bulletins.Archive.Stores;

/// <summary>What a column holds; each store names its own SQL type for it (<see cref="StoreDialect.SqlType"/>).</summary>
internal enum ColumnType
{
    /// <summary>The articles' row number, assigned on insert, in save order.</summary>
    Sequence,

    /// <summary>A reference to an article's <see cref="Sequence"/>.</summary>
    ArticleReference,
    Text,
    Integer,
    /// <summary>A 64-bit integer (the repeat hashes).</summary>
    Long,
    Boolean,
    /// <summary>A decimal amount that sums (money).</summary>
    Number,
    /// <summary>A JSON object (the extracted fields).</summary>
    Json,
}
