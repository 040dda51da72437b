using System.Text.Json.Serialization;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;

namespace Bulletins.Writing;

/// <summary>
/// Source-generated System.Text.Json metadata for the mention records of the base fields: no
/// reflection at run time, camelCase names, days (<see cref="DateMention.Start"/>, <see cref="DateMention.End"/>) as <c>yyyy-MM-dd</c>, decimals
/// as JSON numbers. The kinds' own fields are written by generated code instead
/// (<see cref="Article.WriteKindFields"/>): this generator cannot see types another generator emits.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(IsoDayJsonConverter)])]
[JsonSerializable(typeof(IReadOnlyList<DateMention>))]
[JsonSerializable(typeof(IReadOnlyList<MoneyMention>))]
[JsonSerializable(typeof(IReadOnlyList<PersonMention>))]
[JsonSerializable(typeof(IReadOnlyList<QuoteMention>))]
[JsonSerializable(typeof(IReadOnlyList<TextWarning>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
internal sealed partial class MentionJsonContext : JsonSerializerContext;
