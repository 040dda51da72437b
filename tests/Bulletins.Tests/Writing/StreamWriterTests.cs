using System.Text;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>The writers on a byte stream: UTF-8 without a BOM unless asked, the same text as on a TextWriter, the stream left open unless owned.</summary>
public class StreamWriterTests
{
    private static readonly IReadOnlyList<Article> Seed = TestReading.FromFile(TestReading.SeedPath).Articles;

    private static string WriteText(BulletinFormat format)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(format, output))
        {
            foreach (var article in Seed) writer.Write(article);
        }
        return output.ToString();
    }

    private static byte[] WriteBytes(BulletinFormat format, bool byteOrderMark = false)
    {
        var output = new MemoryStream();
        using (var writer = ArticleWriter.Create(format, output, byteOrderMark: byteOrderMark))
        {
            foreach (var article in Seed) writer.Write(article);
        }
        return output.ToArray();
    }

    [Theory]
    [InlineData(BulletinFormat.Text)]
    [InlineData(BulletinFormat.JsonLines)]
    [InlineData(BulletinFormat.Csv)]
    public void Every_format_writes_the_same_text_as_UTF_8_without_a_byte_order_mark(BulletinFormat format)
    {
        var bytes = WriteBytes(format);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM unless asked");
        Assert.Equal(WriteText(format), new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    [Fact]
    public void A_byte_order_mark_is_written_when_asked()
    {
        var bytes = WriteBytes(BulletinFormat.Csv, byteOrderMark: true);

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(WriteText(BulletinFormat.Csv), Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public void The_stream_stays_open_unless_the_writer_owns_it()
    {
        var kept = new MemoryStream();
        ArticleWriter.Create(BulletinFormat.JsonLines, kept).Dispose();
        Assert.True(kept.CanWrite);

        var owned = new MemoryStream();
        ArticleWriter.Create(BulletinFormat.JsonLines, owned, ownsOutput: true).Dispose();
        Assert.False(owned.CanWrite);
    }

    [Fact]
    public void Flush_puts_what_was_written_on_the_stream()
    {
        var output = new MemoryStream();
        using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output);
        writer.Write(Seed[0]);
        writer.Flush();

        Assert.EndsWith("}\n", Encoding.UTF8.GetString(output.ToArray()));
    }
}
