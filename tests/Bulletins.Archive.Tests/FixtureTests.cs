using Bulletins.Archive.Tests.Stores;
using Bulletins.Testing;

namespace Bulletins.Archive.Tests;

/// <summary>
/// Fixtures/archive-v1.db: the seed saved by the first store version (1). Every later version must
/// open it (migrating a copy forward) and read back the seed's articles.
/// </summary>
public sealed class FixtureTests : IDisposable
{
    private readonly SqliteStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void AnArchiveOfTheFirstVersionOpensAndReadsBackTheSeed()
    {
        File.Copy(Fixtures.Project("Fixtures", "archive-v1.db"), _store.Location);
        using var archive = _store.Open(new ArchiveOptions { Create = false });

        using var stream = File.OpenRead(Seed.Path);
        var expected = Bulletin.Read(stream, "000_e349464e1e009bb6.txt").ToList();
        Assert.Equal(expected, archive.Find());
        Assert.Single(archive.SightingsOf(expected[0].Id));
    }
}
