namespace Bulletins.Querying;

/// <summary>The order search hits come out in.</summary>
public enum SearchOrder
{
    /// <summary>Best score first (ties in file order); needs every hit before the first is returned.</summary>
    Relevance,
    /// <summary>As the articles come, so hits stream while files are still being read.</summary>
    FileOrder,
}
