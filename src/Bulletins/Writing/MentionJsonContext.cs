using System.Text.Json.Serialization;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;

namespace Bulletins.Writing;

/// <summary>
/// Source-generated System.Text.Json metadata for the mention records of the base fields: no
/// reflection at run time, camelCase names, decimals as JSON numbers. The kinds' own fields are written
/// by generated code instead (<see cref="Article.WriteKindFields"/>): this generator cannot see types
/// another generator emits. It declares no converter, so that the writer takes the serialisers the
/// generator writes for each type (a context with any converter loses them all, and walks its
/// metadata instead); date mentions, which need one, have their own (<see cref="DateMentionJsonContext"/>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<MoneyMention>))]
[JsonSerializable(typeof(IReadOnlyList<PersonMention>))]
[JsonSerializable(typeof(IReadOnlyList<QuoteMention>))]
[JsonSerializable(typeof(IReadOnlyList<TextWarning>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
internal sealed partial class MentionJsonContext : JsonSerializerContext;
