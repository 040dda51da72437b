using Bulletins.Testing;
using System.Text;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Golden;

/// <summary>
/// The versioned output contracts (docs/format.md, "Versions"): the seed's JSON Lines and CSV are
/// committed as golden files named by <see cref="FormatVersions"/>, and the writers must give exactly
/// them. UPDATE_GOLDEN=1 (or ./update-golden) rewrites them after a deliberate change.
/// </summary>
public class GoldenFileTests
{
    /// <summary>The seed read under its bare file name, so the golden files hold no machine's path.</summary>
    private const string SeedName = "000_e349464e1e009bb6.txt";

    private static readonly string SourceFolder = Fixtures.Project("Golden");

    public static TheoryData<BulletinFormat> Formats() => new(BulletinFormat.JsonLines, BulletinFormat.Csv);

    private static string GoldenName(BulletinFormat format) =>
        $"seed-{FormatVersions.Of(format)}.{(format == BulletinFormat.Csv ? "csv" : "jsonl")}";

    private static string Write(BulletinFormat format)
    {
        using var seed = File.OpenRead(TestReading.SeedPath);
        var output = new MemoryStream();
        using (var writer = ArticleWriter.Create(format, output))
        {
            foreach (var article in Bulletin.Read(seed, SeedName)) writer.Write(article);
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheSeedIsWrittenExactlyAsTheGoldenFileOfTheFormatVersion(BulletinFormat format)
    {
        var path = Path.Combine(SourceFolder, GoldenName(format));
        var actual = Write(format);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            foreach (var old in Directory.GetFiles(SourceFolder, "seed-*" + Path.GetExtension(path))) File.Delete(old);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"no golden file {GoldenName(format)} for version {FormatVersions.Of(format)}: run tests/Bulletins.Tests/Golden/update-golden");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), actual);
    }

    [Fact]
    public void OnlyTheCurrentVersionsHaveGoldenFiles()
    {
        var names = Directory.GetFiles(SourceFolder, "seed-*").Select(Path.GetFileName).Order();
        Assert.Equal(new[] { GoldenName(BulletinFormat.Csv), GoldenName(BulletinFormat.JsonLines) }.Order(), names);
    }

    [Fact]
    public void TheGoldenJSONLinesReadsBackIntoTheSeedSRecords()
    {
        using var seed = File.OpenRead(TestReading.SeedPath);
        var expected = Bulletin.Read(seed, SeedName).ToList();

        Assert.Equal(expected, Bulletin.ReadJsonLines(Path.Combine(SourceFolder, GoldenName(BulletinFormat.JsonLines))).ToList());
    }
}
