using Bulletins.Reading;

namespace Bulletins.Tests.Parallel;

/// <summary>The worker pipeline under Bulletin.Read: file order, bounded read-ahead, and stopping leaves no work running.</summary>
public sealed class OrderedParallelTests
{
    [Fact]
    public void ResultsComeInTheOrderOfTheSourceWhateverOrderTheWorkersFinishIn()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 500), i => { Thread.SpinWait((500 - i) * 50 + (i % 7) * 3000); return i * 2; }, workers: 4, window: 16).ToList();

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), results);
    }

    [Fact]
    public void NoMoreThanTheWindowIsTakenFromTheSourceAheadOfTheConsumer()
    {
        int taken = 0, yielded = 0, worst = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 2000; i++)
            {
                Interlocked.Increment(ref taken);
                yield return i;
            }
        }
        foreach (var _ in OrderedParallel.Map(Source(), i => i, workers: 3, window: 12))
        {
            yielded++;
            worst = Math.Max(worst, Volatile.Read(ref taken) - yielded);
        }

        Assert.Equal(2000, yielded);
        Assert.InRange(worst, 0, 12);
    }

    [Fact]
    public void AFailureSurfacesAtItsPlaceInTheOrder()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("forty") : i, workers: 2, window: 8)) seen.Add(value);
        });

        Assert.Equal("forty", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }

    [Fact]
    public void StoppingAfterTheFirstResultCancelsTheRestAndLeavesNoWorkRunning()
    {
        int started = 0, running = 0;
        using (var results = OrderedParallel.Map(Enumerable.Range(0, 100_000), i =>
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        }, workers: 2, window: 16).GetEnumerator())
        {
            Assert.True(results.MoveNext());
        }

        int startedAtStop = Volatile.Read(ref started);
        Assert.Equal(0, Volatile.Read(ref running));
        Thread.Sleep(50); // nothing may start after the enumerator is disposed
        Assert.Equal(startedAtStop, Volatile.Read(ref started));
        Assert.InRange(startedAtStop, 1, 16 + 2);
    }

    [Fact]
    public void OneWorkerRunsEverythingOnTheCallersThread()
    {
        int caller = Environment.CurrentManagedThreadId;
        Assert.Equal(Enumerable.Repeat(caller, 20), OrderedParallel.Map(Enumerable.Range(0, 20), _ => Environment.CurrentManagedThreadId, workers: 1, window: 1));
    }

    [Theory]
    [InlineData(2, 64, 16)]
    [InlineData(3, 12, 4)]
    [InlineData(2, 2, 16)]
    public void BatchesKeepTheOrderTheWindowAndAFailuresPlace(int workers, int window, int batch)
    {
        int taken = 0, yielded = 0, worst = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref taken);
                yield return i;
            }
        }
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in OrderedParallel.Map(Source(), i => i == 777 ? throw new InvalidOperationException("777") : i * 2, workers, window, batch))
            {
                seen.Add(value);
                yielded++;
                worst = Math.Max(worst, Volatile.Read(ref taken) - yielded);
            }
        });

        Assert.Equal("777", error.Message);
        Assert.Equal(Enumerable.Range(0, 777).Select(i => i * 2), seen);
        // In flight: the slots (the window in batches, at least one a worker), plus the batch being gathered.
        Assert.InRange(worst, 0, Math.Max(workers, window / batch) * batch + batch);
    }
}
