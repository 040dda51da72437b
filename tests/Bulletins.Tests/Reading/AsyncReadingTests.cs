using System.IO.Compression;
using System.Text;
using Bulletins.Reading;
using Bulletins.Testing;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>
/// <see cref="Bulletin.ReadAsync(Stream, string, BulletinReadOptions?, CancellationToken)"/> and its
/// twins: async IO only, streaming, the same articles, problems and order as the sync reader, and
/// cancellation for both.
/// </summary>
public sealed class AsyncReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulletins-async-").FullName;

    public static TheoryData<string> Inputs() => new(
        new[] { SeedPath }.Concat(Directory.GetFiles(Fixtures.Project("Bulletins"), "*.txt"))
            .Concat(Directory.GetFiles(Fixtures.Project("Reading", "Bulletins"), "*.txt")).Order());

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_stream_that_refuses_sync_reads_gives_what_the_sync_reader_gives(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var sync = FromBytes(bytes, "same.txt");

        // Reads of a few bytes at a time split BOMs, multi-byte characters and CRLFs across reads.
        var problems = new List<BulletinProblem>();
        var articles = await ToListAsync(Bulletin.ReadAsync(new AsyncOnlyStream(bytes, maxPerRead: 997), "same.txt", new BulletinReadOptions { OnProblem = problems.Add }));

        Assert.NotEmpty(articles);
        Assert.Equal(sync.Articles, articles);
        Assert.Equal(sync.Problems, problems);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_text_reader_read_asynchronously_gives_what_the_sync_reader_gives(string path)
    {
        var text = File.ReadAllText(path);
        var sync = FromText(text, "same.txt");

        var problems = new List<BulletinProblem>();
        var articles = await ToListAsync(Bulletin.ReadAsync(new AsyncOnlyTextReader(text), "same.txt", new BulletinReadOptions { OnProblem = problems.Add }));

        Assert.Equal(sync.Articles, articles);
        Assert.Equal(sync.Problems, problems);
    }

    [Fact]
    public async Task A_path_reads_asynchronously_plain_or_gzip()
    {
        var sync = FromFile(SeedPath);
        var compressed = Path.Combine(_folder, "seed.txt.gz");
        using (var output = File.Create(compressed))
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(SeedPath));
        }

        var plain = await ToListAsync(Bulletin.ReadAsync(SeedPath));
        var fromGzip = await ToListAsync(Bulletin.ReadAsync(compressed));

        Assert.Equal(sync.Articles, plain);
        Assert.Equal(sync.Articles.Select(a => a with { File = "" }), fromGzip.Select(a => a with { File = "" }));
    }

    [Fact]
    public async Task A_missing_file_is_reported_when_enumeration_starts()
    {
        var articles = Bulletin.ReadAsync(Path.Combine(_folder, "missing.txt"));
        await Assert.ThrowsAsync<FileNotFoundException>(async () => await ToListAsync(articles));
    }

    [Fact]
    public async Task The_first_article_comes_before_the_input_is_read_whole()
    {
        var bytes = ManyArticles(2000);
        var stream = new AsyncOnlyStream(bytes, maxPerRead: 4096);

        await using var articles = Bulletin.ReadAsync(stream, "many.txt").GetAsyncEnumerator();
        Assert.True(await articles.MoveNextAsync());

        Assert.True(stream.BytesRead < bytes.Length / 4, $"{stream.BytesRead} of {bytes.Length} bytes read for the first article");
    }

    [Fact]
    public async Task The_async_reader_stops_when_its_token_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var read = new List<Article>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var article in Bulletin.ReadAsync(new AsyncOnlyStream(ManyArticles(500), 4096), "many.txt").WithCancellation(cancel.Token))
            {
                read.Add(article);
                if (read.Count == 3) cancel.Cancel();
            }
        });
        Assert.InRange(read.Count, 3, 3 + ArticleAssembler.MaxLookahead);
    }

    [Fact]
    public async Task The_token_in_the_options_stops_the_async_reader_too()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new BulletinReadOptions { CancellationToken = cancel.Token };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ToListAsync(Bulletin.ReadAsync(new AsyncOnlyStream(ManyArticles(10)), "many.txt", options)));
    }

    [Fact]
    public void The_sync_reader_stops_when_the_token_in_its_options_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var options = new BulletinReadOptions { CancellationToken = cancel.Token };
        var read = new List<Article>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var article in Bulletin.Read(new MemoryStream(ManyArticles(500)), "many.txt", options))
            {
                read.Add(article);
                if (read.Count == 3) cancel.Cancel();
            }
        });
        Assert.InRange(read.Count, 3, 3 + ArticleAssembler.MaxLookahead);
    }

    [Fact]
    public void A_cancelled_token_stops_the_sync_text_and_path_readers_before_any_article()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new BulletinReadOptions { CancellationToken = cancel.Token };

        Assert.ThrowsAny<OperationCanceledException>(() => Bulletin.Read(new StringReader(Encoding.UTF8.GetString(ManyArticles(3))), "many.txt", options).ToList());
        Assert.ThrowsAny<OperationCanceledException>(() => Bulletin.Read(SeedPath, options).ToList());
    }

    /// <summary>Distinct small articles, each with a full date, so none waits for a later one.</summary>
    private static byte[] ManyArticles(int count)
    {
        var text = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            text.Append($"Meeting number {i} of the partners\n\nSource: NATO\n\n");
            text.Append($"On 3 March 2025 the partners met for the {i}th time in Brussels to discuss item {i * 7}.\n\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<List<Article>> ToListAsync(IAsyncEnumerable<Article> articles)
    {
        var list = new List<Article>();
        await foreach (var article in articles) list.Add(article);
        return list;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
