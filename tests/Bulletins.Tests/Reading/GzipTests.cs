using System.IO.Compression;
using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>Gzip-compressed bulletins read through the path reader like plain ones (docs/format.md, "Encoding").</summary>
public sealed class GzipTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulletins-gzip-").FullName;

    [Fact]
    public void AGzipFileReadsAsTheSameArticlesAndProblemsAsItsText()
    {
        var plain = BulletinPath("advisories.txt");
        var compressed = Compress(plain, Path.Combine(_folder, "advisories.txt.gz"));

        var fromText = FromFile(plain);
        var fromGzip = FromFile(compressed);

        Assert.NotEmpty(fromGzip.Articles);
        Assert.Equal(fromText.Articles.Select(a => a with { File = "" }), fromGzip.Articles.Select(a => a with { File = "" }));
        Assert.Equal(fromText.Problems.Select(p => p with { File = "" }), fromGzip.Problems.Select(p => p with { File = "" }));
        Assert.All(fromGzip.Articles, a => Assert.Equal(compressed, a.File));
    }

    [Fact]
    public void TheMagicNumberDecidesNotTheName()
    {
        var compressed = Compress(BulletinPath("citations.txt"), Path.Combine(_folder, "citations.txt"));

        Assert.Equal(FromFile(BulletinPath("citations.txt")).Articles.Count, FromFile(compressed).Articles.Count);
        using var stream = File.OpenRead(compressed);
        Assert.True(GzipInput.IsGzip(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void SeveralGzipMembersReadAsOneText()
    {
        // `cat a.gz b.gz > ab.gz` is a valid gzip file holding both texts.
        var a = Compress(BulletinPath("advisories.txt"), Path.Combine(_folder, "a.gz"));
        var b = Compress(BulletinPath("citations.txt"), Path.Combine(_folder, "b.gz"));
        var both = Path.Combine(_folder, "ab.gz");
        File.WriteAllBytes(both, [.. File.ReadAllBytes(a), .. File.ReadAllBytes(b)]);

        Assert.Equal(FromFile(a).Articles.Count + FromFile(b).Articles.Count, FromFile(both).Articles.Count);
    }

    private static string Compress(string source, string target)
    {
        using (var input = File.OpenRead(source))
        using (var output = new GZipStream(File.Create(target), CompressionLevel.Optimal))
        {
            input.CopyTo(output);
        }
        return target;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
