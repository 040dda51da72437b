using System.Collections.Concurrent;

namespace Bulletins.Reading;

/// <summary>
/// Runs a function over a sequence on worker threads and yields the results in the sequence's order,
/// streaming, with at most about <c>window</c> items taken from the source and not yet yielded (so
/// memory is bounded however long the input). The source is enumerated on the caller's thread, which
/// is where anything order-dependent or thread-bound (a cmdlet's error stream) must happen. Disposing
/// the enumerator (a stopped pipeline, `Select-Object -First`) cancels the work not yet started and
/// waits for the items in hand, at most one per worker, so no worker is left running.
/// </summary>
/// <remarks>
/// Workers take items in batches of up to <c>batch</c>: handing over one article at a time cost a
/// queue operation, an event and often a thread wake-up per article, which on two cores ate what the
/// second core gained. The first batches are small (1, 2, 4, ...) so the workers start on the first
/// items read rather than waiting for a whole batch.
/// </remarks>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window, int batch = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, workers);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        return workers == 1 ? source.Select(work) : Run(source, work, workers, window, batch);
    }

    private sealed class Slot<TIn, TOut>(TIn[] inputs)
    {
        public readonly TIn[] Inputs = inputs;
        public readonly TOut[] Outputs = new TOut[inputs.Length];

        /// <summary>How many outputs were computed: all, or those before the failure (or the stop).</summary>
        public int Done;
        public Exception? Failure;
        // No spinning before blocking: on a busy two-core machine a spinning waiter takes the core the worker needs.
        public readonly ManualResetEventSlim Finished = new(false, spinCount: 1);
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window, int batch)
    {
        using var stop = new CancellationTokenSource();
        // Slots in flight: the window in batches, at least one a worker.
        int slots = Math.Max(workers, window / batch);
        using var queue = new BlockingCollection<Slot<TIn, TOut>>(slots);
        var pending = new Queue<Slot<TIn, TOut>>(slots);
        var threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            threads[i] = new Thread(() => Work(queue, work, stop.Token)) { IsBackground = true, Name = "Bulletins worker " + i };
            threads[i].Start();
        }
        try
        {
            int size = 1;
            var gathered = new List<TIn>(batch);
            foreach (var item in source)
            {
                gathered.Add(item);
                if (gathered.Count < size) continue;
                if (pending.Count == slots)
                {
                    foreach (var output in Take(pending.Dequeue())) yield return output;
                }
                Dispatch();
                size = Math.Min(size * 2, batch);
            }
            if (gathered.Count > 0) Dispatch();
            queue.CompleteAdding();
            while (pending.Count > 0)
            {
                foreach (var output in Take(pending.Dequeue())) yield return output;
            }

            void Dispatch()
            {
                var slot = new Slot<TIn, TOut>([.. gathered]);
                gathered.Clear();
                pending.Enqueue(slot);
                queue.Add(slot);
            }
        }
        finally
        {
            stop.Cancel();
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            foreach (var thread in threads) thread.Join();
            foreach (var slot in pending) slot.Finished.Dispose();
        }
    }

    /// <summary>Waits for a slot and gives its outputs in order, then rethrows its failure at its place.</summary>
    private static IEnumerable<TOut> Take<TIn, TOut>(Slot<TIn, TOut> slot)
    {
        slot.Finished.Wait();
        slot.Finished.Dispose();
        for (int k = 0; k < slot.Done; k++) yield return slot.Outputs[k];
        if (slot.Failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> queue, Func<TIn, TOut> work, CancellationToken stop)
    {
        try
        {
            foreach (var slot in queue.GetConsumingEnumerable(stop))
            {
                try
                {
                    for (int k = 0; k < slot.Inputs.Length; k++)
                    {
                        // Stopped mid-batch: the rest of it is work not started.
                        if (stop.IsCancellationRequested) break;
                        slot.Outputs[k] = work(slot.Inputs[k]);
                        slot.Done = k + 1;
                    }
                }
                catch (Exception ex)
                {
                    slot.Failure = ex;
                }
                finally
                {
                    slot.Finished.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the slots never taken are dropped with the enumerator.
        }
    }
}
