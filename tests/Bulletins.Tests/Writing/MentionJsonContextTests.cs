using Bulletins.Mentions;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>
/// The JSON Lines writer serialises the mention lists through source-generated contexts. A context that declares
/// any converter has System.Text.Json walk its metadata for every type instead of calling the serialisers the
/// generator wrote, so only the date mentions' context may hold one (their days as <c>yyyy-MM-dd</c>).
/// </summary>
public class MentionJsonContextTests
{
    [Fact]
    public void TheMentionContextDeclaresNoConverter() => Assert.Empty(MentionJsonContext.Default.Options.Converters);

    [Fact]
    public void DateMentionsKeepTheirDayConverter()
    {
        var json = System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<DateMention>>(
            [new DateMention("12 March 2025", new DateTime(2025, 3, 12), new DateTime(2025, 3, 12))], DateMentionJsonContext.Default.IReadOnlyListDateMention);
        Assert.Equal("""[{"text":"12 March 2025","start":"2025-03-12","end":"2025-03-12"}]""", json);
    }
}
