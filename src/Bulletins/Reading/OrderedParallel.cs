using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

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
/// items read rather than waiting for a whole batch. <see cref="Map"/> pulls from a sequence; a caller
/// that is given its items one at a time (a cmdlet's pipeline input) pushes them into an
/// <see cref="OrderedParallel{TIn, TOut}"/>, the same pool, which <see cref="Map"/> drives.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Items a worker takes at a time (after the first few): one at a time cost a hand-over per article.</summary>
    public const int Batch = 16;

    /// <summary>Items taken ahead of the one being yielded: a few batches per worker, so none waits for work.</summary>
    public static int Window(int workers) => workers * Batch * 4;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window, int batch = 1)
    {
        OrderedParallel<TIn, TOut>.Check(workers, window, batch);
        return workers == 1 ? source.Select(work) : Run(source, work, workers, window, batch);
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int window, int batch)
    {
        // Disposed when the enumeration ends or is abandoned: the workers are cancelled and joined.
        using var pool = new OrderedParallel<TIn, TOut>(work, workers, window, batch);
        var ready = new List<TOut>(batch);
        foreach (var item in source)
        {
            // A failure comes after the outputs before it, which are yielded first (no yield inside a catch).
            ExceptionDispatchInfo? failure = null;
            try
            {
                pool.Add(item, ready);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            foreach (var output in ready) yield return output;
            ready.Clear();
            failure?.Throw();
        }
        {
            ExceptionDispatchInfo? failure = null;
            try
            {
                pool.Flush(ready);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            foreach (var output in ready) yield return output;
            failure?.Throw();
        }
    }
}

/// <summary>
/// The ordered worker pool itself, fed one item at a time: <see cref="Add"/> gives an item and hands back
/// the outputs whose turn has come, <see cref="Flush"/> the rest, always in the order given. At most
/// about <c>window</c> items are in flight (given, not handed back): when the window is full, <see cref="Add"/>
/// waits for the oldest batch. One worker is no thread: the function runs inline, in <see cref="Add"/>.
/// <see cref="Add"/>, <see cref="Flush"/> and <see cref="Dispose"/> belong to one thread (the caller's);
/// <see cref="Cancel"/> may come from any (a cmdlet's StopProcessing).
/// </summary>
internal sealed class OrderedParallel<TIn, TOut> : IDisposable
{
    private readonly Func<TIn, TOut> _work;
    private readonly int _batch;
    private readonly int _slots;
    // Never disposed: Cancel may come from another thread at any time, also after Dispose; a token
    // source without a timer or a wait handle holds nothing to free.
    private readonly CancellationTokenSource _stop = new();
    private readonly BlockingCollection<Slot>? _queue;
    private readonly Queue<Slot> _pending = new();
    private readonly Thread[] _threads = [];
    private readonly List<TIn> _gathered = [];
    private int _size = 1;
    private bool _disposed;

    public OrderedParallel(Func<TIn, TOut> work, int workers, int window, int batch = 1)
    {
        ArgumentNullException.ThrowIfNull(work);
        Check(workers, window, batch);
        _work = work;
        _batch = batch;
        if (workers == 1) return;
        // Slots in flight: the window in batches, at least one a worker.
        _slots = Math.Max(workers, window / batch);
        _queue = new BlockingCollection<Slot>(_slots);
        _threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = "Bulletins worker " + i };
            _threads[i].Start();
        }
    }

    internal static void Check(int workers, int window, int batch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, workers);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
    }

    private sealed class Slot(TIn[] inputs)
    {
        public readonly TIn[] Inputs = inputs;
        public readonly TOut[] Outputs = new TOut[inputs.Length];

        /// <summary>How many outputs were computed: all, or those before the failure (or the stop).</summary>
        public int Done;
        public Exception? Failure;
        // No spinning before blocking: on a busy two-core machine a spinning waiter takes the core the worker needs.
        public readonly ManualResetEventSlim Finished = new(false, spinCount: 1);
    }

    /// <summary>
    /// Gives one item. When the window is full, first waits for the oldest batch and appends its outputs
    /// to <paramref name="ready"/> (in order); a failure of the function is thrown after the outputs before
    /// it are appended. Throws <see cref="OperationCanceledException"/> once <see cref="Cancel"/> was called.
    /// </summary>
    public void Add(TIn item, List<TOut> ready)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _stop.Token.ThrowIfCancellationRequested();
        if (_queue is null)
        {
            ready.Add(_work(item));
            return;
        }
        _gathered.Add(item);
        if (_gathered.Count < _size) return;
        if (_pending.Count == _slots) Take(ready);
        Dispatch();
        _size = Math.Min(_size * 2, _batch);
    }

    /// <summary>
    /// Waits for every item given and appends the outputs not handed back yet to <paramref name="ready"/>,
    /// in order (a failure as in <see cref="Add"/>); more items may be given after.
    /// </summary>
    public void Flush(List<TOut> ready)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _stop.Token.ThrowIfCancellationRequested();
        if (_queue is null) return;
        if (_gathered.Count > 0) Dispatch();
        while (_pending.Count > 0) Take(ready);
    }

    /// <summary>
    /// Stops at once, from any thread: no worker starts another item (each finishes at most the one in
    /// hand), and a wait in <see cref="Add"/> or <see cref="Flush"/> ends with <see cref="OperationCanceledException"/>.
    /// <see cref="Dispose"/> still joins the workers.
    /// </summary>
    public void Cancel() => _stop.Cancel();

    /// <summary>Cancels the work not started, waits for the items in hand (at most one per worker) and ends the workers.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        if (_queue is null) return;
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        foreach (var slot in _pending) slot.Finished.Dispose();
        _pending.Clear();
        _queue.Dispose();
    }

    private void Dispatch()
    {
        var slot = new Slot([.. _gathered]);
        _gathered.Clear();
        _pending.Enqueue(slot);
        _queue!.Add(slot);
    }

    /// <summary>Waits for the oldest slot and appends its outputs in order, then rethrows its failure at its place.</summary>
    private void Take(List<TOut> ready)
    {
        var slot = _pending.Peek();
        slot.Finished.Wait(_stop.Token);
        // Stopped while this slot was worked on: it may be cut short, so none of it is handed back.
        _stop.Token.ThrowIfCancellationRequested();
        _pending.Dequeue();
        slot.Finished.Dispose();
        for (int k = 0; k < slot.Done; k++) ready.Add(slot.Outputs[k]);
        if (slot.Failure is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    private void Work()
    {
        var stop = _stop.Token;
        try
        {
            foreach (var slot in _queue!.GetConsumingEnumerable(stop))
            {
                try
                {
                    for (int k = 0; k < slot.Inputs.Length; k++)
                    {
                        // Stopped mid-batch: the rest of it is work not started.
                        if (stop.IsCancellationRequested) break;
                        slot.Outputs[k] = _work(slot.Inputs[k]);
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
            // Stopped: the slots never taken are dropped with the pool.
        }
    }
}
