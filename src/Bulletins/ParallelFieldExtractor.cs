using Bulletins.Reading;

namespace Bulletins;

/// <summary>
/// Computes every field of articles that are given one at a time (a cmdlet's pipeline input, a writer's
/// feed) on worker threads, and hands them back in the order given, streaming: the push-based twin of
/// <see cref="BulletinReadOptions.ExtractAllFields"/> with <see cref="BulletinReadOptions.MaxDegreeOfParallelism"/>,
/// for a consumer that reads every field (a JSON Lines or CSV writer, an archive) but does not enumerate
/// the articles itself. The articles handed back are the ones given, their fields computed: reading them
/// then only copies.
/// </summary>
/// <remarks>
/// <para>
/// At most a few batches per worker are in flight (given, not handed back), so memory stays flat however
/// many articles pass: when that window is full, <see cref="Add"/> waits for the oldest batch. The workers
/// take articles in batches (a hand-over per article cost what the second core gained), so the first
/// articles come back once the window has filled or at <see cref="Flush"/>. With one worker there is no
/// thread: <see cref="Add"/> computes the article's fields inline and hands it back at once.
/// </para>
/// <para>
/// A field whose extractor throws is empty and the article's warnings say so (BLT012), as when it is read
/// lazily: nothing is thrown out of a worker. <see cref="Add"/>, <see cref="Flush"/> and <see cref="Dispose"/>
/// belong to the thread that gives the articles; <see cref="Cancel"/> may come from any thread.
/// <see cref="Dispose"/> (or <see cref="Cancel"/>) stops at once: the articles not started are dropped,
/// each worker finishes at most the article in hand, and <see cref="Dispose"/> joins them, so no thread is left.
/// </para>
/// <code>
/// using var extractor = new ParallelFieldExtractor(Environment.ProcessorCount);
/// foreach (var article in articles)
///     foreach (var computed in extractor.Add(article)) writer.Write(computed);
/// foreach (var computed in extractor.Flush()) writer.Write(computed);
/// </code>
/// </remarks>
public sealed class ParallelFieldExtractor : IDisposable
{
    private readonly OrderedParallel<Article, Article> _pool;
    private readonly List<Article> _ready = [];

    /// <summary>A pool of <paramref name="workers"/> threads (none for 1: the fields are computed inline).</summary>
    /// <param name="workers">How many threads compute fields; 1 or more, such as <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> is below 1.</exception>
    public ParallelFieldExtractor(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _pool = new OrderedParallel<Article, Article>(ComputeEveryField, workers, OrderedParallel.Window(workers), OrderedParallel.Batch);
    }

    /// <summary>How many threads compute the fields (1: the caller's, inline).</summary>
    public int Workers { get; }

    /// <summary>
    /// Gives an article; returns the articles whose turn has come, every field computed, in the order they
    /// were given: often none, a batch when the window is full (it then waits for that batch).
    /// </summary>
    /// <exception cref="OperationCanceledException"><see cref="Cancel"/> was called.</exception>
    /// <exception cref="ObjectDisposedException">The extractor was disposed.</exception>
    public IReadOnlyList<Article> Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _ready.Clear();
        _pool.Add(article, _ready);
        return _ready.Count == 0 ? [] : [.. _ready];
    }

    /// <summary>
    /// Waits for every article given and returns those not returned yet, in order, every field computed;
    /// more articles may be given after.
    /// </summary>
    /// <exception cref="OperationCanceledException"><see cref="Cancel"/> was called.</exception>
    /// <exception cref="ObjectDisposedException">The extractor was disposed.</exception>
    public IReadOnlyList<Article> Flush()
    {
        _ready.Clear();
        _pool.Flush(_ready);
        return _ready.Count == 0 ? [] : [.. _ready];
    }

    /// <summary>
    /// Stops at once, from any thread (a cmdlet's StopProcessing): no worker starts another article, and a
    /// wait in <see cref="Add"/> or <see cref="Flush"/> ends with <see cref="OperationCanceledException"/>.
    /// Call <see cref="Dispose"/> after, on the thread that gives the articles, to join the workers.
    /// </summary>
    public void Cancel() => _pool.Cancel();

    /// <summary>Drops the articles not started, waits for those in hand (at most one per worker) and ends the workers.</summary>
    public void Dispose() => _pool.Dispose();

    /// <summary>Reading the warnings computes every other field first (<see cref="Article.Warnings"/>).</summary>
    internal static Article ComputeEveryField(Article article)
    {
        _ = article.Warnings;
        return article;
    }
}
