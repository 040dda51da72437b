using System.Collections.Concurrent;

namespace Bulletins.Reading;

/// <summary>
/// Runs a function over a sequence on worker threads and yields the results in the sequence's order,
/// streaming, with at most <c>window</c> items taken from the source and not yet yielded (so memory
/// is bounded however long the input). The source is enumerated on the caller's thread, which is
/// where anything order-dependent or thread-bound (a cmdlet's error stream) must happen. Disposing the
/// enumerator (a stopped pipeline, `Select-Object -First`) cancels the work not yet started and waits
/// for the items in hand, at most one per worker, so no worker is left running.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, workers);
        return workers == 1 ? source.Select(work) : Run(source, work, workers, window);
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        public readonly TIn Input = input;
        public TOut? Output;
        public Exception? Failure;
        public readonly ManualResetEventSlim Done = new();
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window)
    {
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<Slot<TIn, TOut>>(window);
        var pending = new Queue<Slot<TIn, TOut>>(window);
        var threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            threads[i] = new Thread(() => Work(queue, work, stop.Token)) { IsBackground = true, Name = "Bulletins worker " + i };
            threads[i].Start();
        }
        try
        {
            foreach (var item in source)
            {
                if (pending.Count == window)
                {
                    yield return Take(pending.Dequeue());
                }
                var slot = new Slot<TIn, TOut>(item);
                pending.Enqueue(slot);
                queue.Add(slot);
            }
            queue.CompleteAdding();
            while (pending.Count > 0) yield return Take(pending.Dequeue());
        }
        finally
        {
            stop.Cancel();
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            foreach (var thread in threads) thread.Join();
            foreach (var slot in pending) slot.Done.Dispose();
        }
    }

    private static TOut Take<TIn, TOut>(Slot<TIn, TOut> slot)
    {
        slot.Done.Wait();
        slot.Done.Dispose();
        if (slot.Failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return slot.Output!;
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> queue, Func<TIn, TOut> work, CancellationToken stop)
    {
        try
        {
            foreach (var slot in queue.GetConsumingEnumerable(stop))
            {
                try
                {
                    slot.Output = work(slot.Input);
                }
                catch (Exception ex)
                {
                    slot.Failure = ex;
                }
                finally
                {
                    slot.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the slots never taken are dropped with the enumerator.
        }
    }
}
