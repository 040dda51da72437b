using System.Runtime.CompilerServices;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins;

/// <summary>
/// Reads bulletins into typed articles, streaming: an article is yielded as soon as the next one
/// starts (or the input ends), and the input is never held in memory as a whole (at the start, an
/// article with a day but no year may wait for up to 8 drafts, see ArticleAssembler). The format and
/// the problem codes are in <c>docs/format.md</c>. Reading is lazy: the file is opened, and a
/// missing one reported (<see cref="FileNotFoundException"/>), when enumeration starts. The
/// <c>ReadAsync</c> overloads read with async IO only and give the same articles, problems and order;
/// both stop with <see cref="OperationCanceledException"/> once their token is cancelled (checked
/// before each chunk read and each article).
/// </summary>
public static class Bulletin
{
    /// <summary>Streams the articles of a bulletin file.</summary>
    public static IEnumerable<Article> Read(string path, BulletinReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Assemble(DraftReader.Read(path, options?.Encoding, options?.OnProblem, Token(options)), options);
    }

    /// <summary>Streams the articles of a bulletin held in a stream (encoding detected from its BOM, else UTF-8).</summary>
    public static IEnumerable<Article> Read(Stream stream, string name, BulletinReadOptions? options = null) =>
        Assemble(DraftReader.Read(stream, name, options?.Encoding, options?.OnProblem, Token(options)), options);

    /// <summary>Streams the articles of already-decoded text.</summary>
    public static IEnumerable<Article> Read(TextReader reader, string name, BulletinReadOptions? options = null) =>
        Assemble(DraftReader.Read(reader, name, options?.OnProblem, Token(options)), options);

    /// <summary>Segmentation only: the drafts, before classification and extraction.</summary>
    public static IEnumerable<ArticleDraft> ReadDrafts(Stream stream, string name, Action<BulletinProblem>? onProblem = null) =>
        DraftReader.Read(stream, name, encoding: null, onProblem);

    /// <summary>Segmentation only, from already-decoded text.</summary>
    public static IEnumerable<ArticleDraft> ReadDrafts(TextReader reader, string name, Action<BulletinProblem>? onProblem = null) =>
        DraftReader.Read(reader, name, onProblem);

    /// <summary>Streams the articles of a bulletin file, reading it asynchronously (gzip detected as by <see cref="Read(string, BulletinReadOptions?)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read; its <see cref="BulletinReadOptions.CancellationToken"/> is honoured too.</param>
    /// <param name="cancellationToken">Stops the reading (also the one given to <c>WithCancellation</c>).</param>
    public static IAsyncEnumerable<Article> ReadAsync(string path, BulletinReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AssembleAsync(token => DraftReader.ReadAsync(path, options?.Encoding, options?.OnProblem, token), options, cancellationToken);
    }

    /// <summary>Streams the articles of a bulletin held in a stream, with async reads only (encoding detected from its BOM, else UTF-8).</summary>
    /// <param name="stream">The bytes, such as an ASP.NET Core request body; not disposed.</param>
    /// <param name="name">The name articles and problems give as their file.</param>
    /// <param name="options">How to read; its <see cref="BulletinReadOptions.CancellationToken"/> is honoured too.</param>
    /// <param name="cancellationToken">Stops the reading (also the one given to <c>WithCancellation</c>).</param>
    public static IAsyncEnumerable<Article> ReadAsync(Stream stream, string name, BulletinReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return AssembleAsync(token => DraftReader.ReadAsync(stream, name, options?.Encoding, options?.OnProblem, token), options, cancellationToken);
    }

    /// <summary>Streams the articles of already-decoded text, with async reads only.</summary>
    /// <param name="reader">The text; not disposed.</param>
    /// <param name="name">The name articles and problems give as their file.</param>
    /// <param name="options">How to read; its <see cref="BulletinReadOptions.CancellationToken"/> is honoured too.</param>
    /// <param name="cancellationToken">Stops the reading (also the one given to <c>WithCancellation</c>).</param>
    public static IAsyncEnumerable<Article> ReadAsync(TextReader reader, string name, BulletinReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return AssembleAsync(token => DraftReader.ReadAsync(reader, name, options?.OnProblem, token), options, cancellationToken);
    }

    /// <summary>
    /// Loads a JSON Lines export (<c>Export-Bulletin -Format JsonLines</c>, <see cref="Writing.BulletinFormat.JsonLines"/>)
    /// back into the typed records it was written from, line by line; gzip is detected as for bulletins.
    /// </summary>
    /// <exception cref="Json.JsonLinesFormatException">A line is not an article object of a known kind (file and line given).</exception>
    public static IEnumerable<Article> ReadJsonLines(string path, JsonLinesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Json.JsonLinesReader.Read(path, options);
    }

    /// <summary>Loads a JSON Lines export held in a stream (UTF-8, or as its BOM says); the stream is not disposed.</summary>
    /// <exception cref="Json.JsonLinesFormatException">A line is not an article object of a known kind (file and line given).</exception>
    public static IEnumerable<Article> ReadJsonLines(Stream stream, string name, JsonLinesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return Json.JsonLinesReader.Read(stream, name, options);
    }

    /// <summary>Loads a JSON Lines export from already-decoded text.</summary>
    /// <exception cref="Json.JsonLinesFormatException">A line is not an article object of a known kind (file and line given).</exception>
    public static IEnumerable<Article> ReadJsonLines(TextReader reader, string name, JsonLinesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return Json.JsonLinesReader.Read(reader, name, options);
    }

    private static CancellationToken Token(BulletinReadOptions? options) => options?.CancellationToken ?? default;

    private static IEnumerable<Article> Assemble(IEnumerable<ArticleDraft> drafts, BulletinReadOptions? options)
    {
        int workers = options?.MaxDegreeOfParallelism ?? 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1, nameof(BulletinReadOptions.MaxDegreeOfParallelism));
        return Enumerate();

        // The assembler (and its duplicate index) is created per enumeration, so enumerating twice reads afresh.
        IEnumerable<Article> Enumerate()
        {
            var assembler = new ArticleAssembler(options);
            var articles = InOrder(OrderedParallel.Map(drafts, assembler.Prepare, workers, OrderedParallel.Window(workers), OrderedParallel.Batch), assembler, Token(options));
            if (options?.ExtractAllFields == true) articles = OrderedParallel.Map(articles, ParallelFieldExtractor.ComputeEveryField, workers, OrderedParallel.Window(workers), OrderedParallel.Batch);
            foreach (var article in articles) yield return article;
        }
    }

    private static IEnumerable<Article> InOrder(IEnumerable<PreparedDraft> prepared, ArticleAssembler assembler, CancellationToken token)
    {
        foreach (var draft in prepared)
        {
            token.ThrowIfCancellationRequested();
            foreach (var article in assembler.Add(draft)) yield return article;
        }
        foreach (var article in assembler.Flush()) yield return article;
    }

    /// <summary>The async twin of <see cref="Assemble"/>: the same assembler over the async drafts.</summary>
    private static async IAsyncEnumerable<Article> AssembleAsync(
        Func<CancellationToken, IAsyncEnumerable<ArticleDraft>> read, BulletinReadOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = Token(options).CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(Token(options), cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : Token(options));
        var assembler = new ArticleAssembler(options);
        await foreach (var draft in read(token).ConfigureAwait(false))
        {
            token.ThrowIfCancellationRequested();
            foreach (var article in assembler.Add(draft)) yield return article;
        }
        foreach (var article in assembler.Flush()) yield return article;
    }
}

/// <summary>How to read a bulletin.</summary>
public sealed class BulletinReadOptions
{
    /// <summary>Called for every problem found in the input (errors and warnings).</summary>
    public Action<BulletinProblem>? OnProblem { get; init; }

    /// <summary>Turns a draft into a typed article; the built-in schema's factory unless set.</summary>
    public Func<ExtractionContext, Article> Factory { get; init; } = ArticleFactory.Create;

    /// <summary>
    /// An empty record of the fallback kind, for an article whose extraction threw (it keeps its text,
    /// its fields stay empty, and a BLT012 problem says why); the built-in schema's fallback unless set.
    /// </summary>
    public Func<Article>? EmptyArticle { get; init; }

    /// <summary>
    /// Remembers the bodies seen so far. Share one across several reads to mark duplicates across
    /// files (Import-Bulletin -Unique); by default each read starts afresh.
    /// </summary>
    public DuplicateIndex? Duplicates { get; init; }

    /// <summary>
    /// Stops the reading with <see cref="OperationCanceledException"/> once cancelled: checked before each
    /// chunk is read and before each article, so a long file stops within one chunk.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Forces an encoding; null detects it from the BOM and reads UTF-8 otherwise.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// How many threads do the per-article work: the id, the duplicate digests, the date grammar and the
    /// classifier, and with <see cref="ExtractAllFields"/> every field. Articles still come out streaming
    /// and in file order, at most a few per thread read ahead; problems are still reported on the thread
    /// that enumerates. 1 (the default) does everything on that thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>
    /// Computes every field of each article before yielding it (on the worker threads, with
    /// <see cref="MaxDegreeOfParallelism"/> above 1), for a consumer that reads them all, such as a
    /// writer; otherwise mentions and kind fields are computed when first read. A consumer that is
    /// given articles one at a time rather than reading them itself uses a <see cref="ParallelFieldExtractor"/>.
    /// </summary>
    public bool ExtractAllFields { get; init; }
}

/// <summary>How to load a JSON Lines export.</summary>
public sealed class JsonLinesReadOptions
{
    /// <summary>
    /// Turns one article object into its record, or null for a kind it does not know; the built-in
    /// schema's <c>ArticleFactory.FromJson</c> unless set (a schema of one's own has its own).
    /// </summary>
    public Func<System.Text.Json.JsonElement, Article?>? FromJson { get; init; }

    /// <summary>
    /// When set, a line that is not an article object of a known kind is a BLT016 problem given here (with its
    /// file and line) and reading goes on; when not, it throws <see cref="Json.JsonLinesFormatException"/>.
    /// </summary>
    public Action<BulletinProblem>? OnProblem { get; init; }

    /// <summary>Stops the reading with <see cref="OperationCanceledException"/> once cancelled (checked before each line).</summary>
    public CancellationToken CancellationToken { get; init; }
}
