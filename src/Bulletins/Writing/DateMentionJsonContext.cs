using System.Text.Json.Serialization;
using Bulletins.Mentions;

namespace Bulletins.Writing;

/// <summary>
/// Source-generated System.Text.Json metadata for date mentions: as <see cref="MentionJsonContext"/>, with days
/// (<see cref="DateMention.Start"/>, <see cref="DateMention.End"/>) as <c>yyyy-MM-dd</c>. Apart from the other
/// mentions because the converter that needs costs a context its generated serialisers.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(IsoDayJsonConverter)])]
[JsonSerializable(typeof(IReadOnlyList<DateMention>))]
internal sealed partial class DateMentionJsonContext : JsonSerializerContext;
