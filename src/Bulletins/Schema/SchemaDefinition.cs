using Bulletins.Extraction.Runtime;

namespace Bulletins.Schema;

/// <summary>
/// One generated schema as a value (<c>ArticleSchema.Definition</c> for the built-in one,
/// <c>&lt;Name&gt;Schema.Definition</c> for a schema of one's own): its metadata and its factory, so
/// that schemas can be combined in a <see cref="SchemaSet"/>.
/// </summary>
/// <param name="Name">The schema's name, which prefixes its helper types (<c>Article</c> for the built-in schema).</param>
/// <param name="Namespace">The namespace its records are generated in.</param>
/// <param name="Kinds">Its kinds, in schema order.</param>
/// <param name="Types">The record types it declares for its fields.</param>
/// <param name="Create">Classifies an article and builds the record of its kind (the fallback kind when none claims it).</param>
/// <param name="CreateIfRecognised">The record when one of its kinds other than the fallback claims the article, else null.</param>
public sealed record SchemaDefinition(
    string Name,
    string Namespace,
    IReadOnlyList<KindInfo> Kinds,
    IReadOnlyList<DeclaredTypeInfo> Types,
    Func<ExtractionContext, Article> Create,
    Func<ExtractionContext, Article?> CreateIfRecognised);
