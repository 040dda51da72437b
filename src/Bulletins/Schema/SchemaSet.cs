using Bulletins.Extraction.Runtime;

namespace Bulletins.Schema;

/// <summary>
/// Several schemas read as one: one's own kinds beside the built-in ones. The schemas are asked in the
/// order given, and the first whose classifier claims the article with a kind other than its fallback
/// builds it; an article none claims becomes the FIRST schema's fallback kind. So list your own
/// schema first to have its fallback take the rest, or last to let the built-in kinds go first:
/// <code>
/// var schemas = new SchemaSet(NoticesSchema.Definition, ArticleSchema.Definition);
/// var articles = Bulletin.Read(path, new BulletinReadOptions { Factory = schemas.Create });
/// </code>
/// Kind names are unique across the set (an article's <c>kind</c> in JSON Lines and CSV must name one kind).
/// </summary>
public sealed class SchemaSet
{
    private readonly SchemaDefinition[] _schemas;
    private readonly Dictionary<string, KindInfo> _kindsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Type, SchemaDefinition> _schemaByRecordType = [];

    /// <summary>Combines <paramref name="schemas"/>, asked in this order.</summary>
    /// <exception cref="ArgumentException">No schema is given, or two schemas declare a kind of the same name.</exception>
    public SchemaSet(params SchemaDefinition[] schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        if (schemas.Length == 0) throw new ArgumentException("A schema set needs at least one schema.", nameof(schemas));
        _schemas = (SchemaDefinition[])schemas.Clone();
        var kinds = new List<KindInfo>();
        foreach (var schema in _schemas)
        {
            ArgumentNullException.ThrowIfNull(schema, nameof(schemas));
            foreach (var kind in schema.Kinds)
            {
                if (_kindsByName.TryGetValue(kind.Name, out var earlier))
                    throw new ArgumentException($"Kind '{kind.Name}' of schema '{schema.Name}' ({schema.Namespace}) has the name of a kind of {earlier.ClrType.Namespace}; kind names must be unique across a schema set.", nameof(schemas));
                _kindsByName.Add(kind.Name, kind);
                _schemaByRecordType[kind.ClrType] = schema;
                kinds.Add(kind);
            }
        }
        Kinds = kinds;
    }

    /// <summary>The schemas, in the order they are asked.</summary>
    public IReadOnlyList<SchemaDefinition> Schemas => _schemas;

    /// <summary>Every kind of every schema, schema by schema in the order given.</summary>
    public IReadOnlyList<KindInfo> Kinds { get; }

    /// <summary>The kind called <paramref name="name"/> in any of the schemas (case-insensitive), or null.</summary>
    public KindInfo? Find(string? name) => name is not null && _kindsByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>
    /// The record built by the first schema that claims the article, else the first schema's fallback kind;
    /// a repeat is built by the schema of its original's record type, as that type, whatever another schema
    /// would make of its reworded title.
    /// </summary>
    public Article Create(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.DuplicateRecordType is { } kept && _schemaByRecordType.TryGetValue(kept, out var owner)) return owner.Create(context);
        foreach (var schema in _schemas)
        {
            if (schema.CreateIfRecognised(context) is { } article) return article;
        }
        return _schemas[0].Create(context);
    }
}
