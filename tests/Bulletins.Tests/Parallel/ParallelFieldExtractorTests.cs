using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Tests.Parallel;

/// <summary>
/// ParallelFieldExtractor, the push-based twin of the ordered worker pool: every field computed on the workers, the
/// articles back in the order given, a bounded window, a throwing field a warning, and stopping leaves no work running.
/// </summary>
public sealed class ParallelFieldExtractorTests
{
    /// <summary>An article with one extra field, the probe, that runs <paramref name="compute"/> and says on which thread it ran.</summary>
    private static (Article Article, LazyField<int> Probe) Probed(int i, Action? compute = null)
    {
        var draft = new ArticleDraft
        {
            File = "pool.txt",
            Line = 4 * i + 1,
            LastLine = 4 * i + 3,
            Title = $"Europol supports action day {i}",
            Source = "Europol",
            Paragraphs = [new Paragraph($"Police arrested {i % 50 + 2} people in Madrid and seized EUR {i % 9 + 1} million.", 4 * i + 3)],
        };
        var context = new ExtractionContext(draft, "id" + i);
        var probe = context.Lazy(_ =>
        {
            compute?.Invoke();
            return Environment.CurrentManagedThreadId;
        }, 0, "probe");
        return (new NewsRelease(context), probe);
    }

    [Fact]
    public void ArticlesComeBackInTheOrderGivenWithEveryFieldComputedOnTheWorkers()
    {
        int caller = Environment.CurrentManagedThreadId;
        var given = Enumerable.Range(0, 3000).Select(i => Probed(i, () => Thread.SpinWait((i * 7919 % 13) * 400 + (i % 100 == 0 ? 200_000 : 0)))).ToList();
        var back = new List<Article>();
        using (var extractor = new ParallelFieldExtractor(4))
        {
            foreach (var (article, _) in given) back.AddRange(extractor.Add(article));
            back.AddRange(extractor.Flush());
        }

        Assert.Equal(given.Count, back.Count);
        for (int i = 0; i < given.Count; i++) Assert.Same(given[i].Article, back[i]);
        Assert.All(given, g => Assert.True(g.Probe.IsComputed));
        Assert.All(given, g => Assert.NotEqual(caller, g.Probe.Value));
    }

    [Fact]
    public void NoMoreThanTheWindowIsInFlight()
    {
        const int workers = 2;
        int given = 0, back = 0, worst = 0;
        using var extractor = new ParallelFieldExtractor(workers);
        for (int i = 0; i < 2000; i++)
        {
            given++;
            back += extractor.Add(Probed(i, () => Thread.SpinWait(i % 5 * 500)).Article).Count;
            worst = Math.Max(worst, given - back);
        }
        back += extractor.Flush().Count;

        Assert.Equal(2000, back);
        // In flight: the window in batches, plus the batch being gathered.
        Assert.InRange(worst, OrderedParallel.Batch, OrderedParallel.Window(workers) + OrderedParallel.Batch);
    }

    [Fact]
    public void AThrowingFieldIsEmptyAndAWarningOnTheArticleNotAnExceptionOutOfAWorker()
    {
        int caller = Environment.CurrentManagedThreadId, ranOn = 0;
        var articles = Enumerable.Range(0, 200).Select(i => Probed(i, i == 77 ? () =>
        {
            ranOn = Environment.CurrentManagedThreadId;
            throw new InvalidOperationException("broken rule");
        } : null)).ToList();
        var back = new List<Article>();
        using (var extractor = new ParallelFieldExtractor(2))
        {
            foreach (var (article, _) in articles) back.AddRange(extractor.Add(article));
            back.AddRange(extractor.Flush());
        }

        Assert.Equal(200, back.Count);
        Assert.NotEqual(caller, ranOn);
        Assert.Equal(0, articles[77].Probe.Value);
        var warning = Assert.Single(back[77].Warnings, w => w.Code == ProblemCodes.ExtractionFailed);
        Assert.Contains("probe", warning.Message);
        Assert.Contains("broken rule", warning.Message);
        Assert.Equal(back[77].Line, warning.Line);
        Assert.All(back.Where((_, i) => i != 77), a => Assert.DoesNotContain(a.Warnings, w => w.Code == ProblemCodes.ExtractionFailed));
    }

    [Fact]
    public void DisposingMidWayDropsTheWorkNotStartedAndJoinsTheWorkers()
    {
        int started = 0, running = 0, given = 0;
        var extractor = new ParallelFieldExtractor(2);
        void Slow()
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            Thread.Sleep(5);
            Interlocked.Decrement(ref running);
        }
        // Give until the first article comes back: the window is then full.
        while (extractor.Add(Probed(given++, Slow).Article).Count == 0) { }
        extractor.Dispose();

        int startedAtStop = Volatile.Read(ref started);
        Assert.Equal(0, Volatile.Read(ref running));
        Thread.Sleep(50); // nothing may start after the extractor is disposed
        Assert.Equal(startedAtStop, Volatile.Read(ref started));
        Assert.InRange(startedAtStop, 1, given - 1);
        Assert.Throws<ObjectDisposedException>(() => extractor.Add(Probed(given).Article));
    }

    [Fact]
    public void CancelFromAnotherThreadEndsAWaitingAddAndTheWorkersTakeNoOtherArticle()
    {
        using var gate = new ManualResetEventSlim(false);
        int started = 0;
        var extractor = new ParallelFieldExtractor(2);
        var canceller = new Thread(() =>
        {
            Thread.Sleep(100);
            extractor.Cancel();
        });
        canceller.Start();

        // The workers wait at the gate, so the window fills and Add waits for the oldest batch until cancelled.
        Assert.Throws<OperationCanceledException>(() =>
        {
            for (int i = 0; i < 100_000; i++) extractor.Add(Probed(i, () => { Interlocked.Increment(ref started); gate.Wait(); }).Article);
        });
        canceller.Join();
        gate.Set();
        extractor.Dispose();

        Assert.InRange(Volatile.Read(ref started), 0, 2);
        extractor.Cancel(); // after Dispose too: a cmdlet's StopProcessing may come late
    }

    [Fact]
    public void OneWorkerComputesInlineAndHandsEachArticleBackAtOnce()
    {
        int caller = Environment.CurrentManagedThreadId;
        using var extractor = new ParallelFieldExtractor(1);
        for (int i = 0; i < 20; i++)
        {
            var (article, probe) = Probed(i);
            Assert.Same(article, Assert.Single(extractor.Add(article)));
            Assert.Equal(caller, probe.Value);
        }
        Assert.Empty(extractor.Flush());
        Assert.Equal(1, extractor.Workers);
    }

    [Fact]
    public void RefusesFewerThanOneWorker()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParallelFieldExtractor(0));
    }
}
