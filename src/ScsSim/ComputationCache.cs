namespace ScsSim;

/// <summary>
/// A bounded, thread-safe cache of expensive results (threshold surfaces, recruitment analyses, network baselines), keyed
/// by everything the result depends on. Each key is computed once: concurrent callers for the same key wait for the one
/// computation instead of repeating it. The least recently used entry goes when the cache is full.
/// </summary>
/// <remarks>
/// Cancellation belongs to the caller: a waiting caller stops waiting when its own token is cancelled; when the computing
/// caller is cancelled, a waiter that was not cancelled takes over and computes. Failures and cancellations are never
/// cached (the next call computes again).
/// </remarks>
internal sealed class ComputationCache<TKey, TValue> where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new(); // most recently used first

    private sealed record Entry(TKey Key, TaskCompletionSource<TValue> Result);

    public ComputationCache(int capacity) => Capacity = (int)Guard.InRange(capacity, 1, 100_000, nameof(capacity));

    /// <summary>Most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>Entries now held (finished or being computed).</summary>
    public int Count { get { lock (_gate) return _entries.Count; } }

    /// <summary>Whether a value for the key is held (finished or being computed).</summary>
    public bool Contains(TKey key) { lock (_gate) return _entries.ContainsKey(key); }

    /// <summary>How many times a value was computed (not served from the cache); for tests and diagnostics.</summary>
    public long Computations => Interlocked.Read(ref _computations);

    private long _computations;

    /// <summary>The cached value for <paramref name="key"/>, or the result of <paramref name="compute"/>, which runs on the
    /// calling thread with the caller's token.</summary>
    public TValue GetOrCompute(TKey key, Func<CancellationToken, TValue> compute, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Entry entry;
            var owner = false;
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    entry = node.Value;
                }
                else
                {
                    entry = new Entry(key, new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously));
                    _entries[key] = _recency.AddFirst(entry);
                    owner = true;
                    EvictBeyondCapacity();
                }
            }
            if (owner) return Compute(entry, compute, cancellationToken);
            try
            {
                return entry.Result.Task.WaitAsync(cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The computing caller was cancelled, not this one: compute it here.
            }
        }
    }

    /// <summary>Drops least recently used entries beyond the capacity, finished ones only: an entry still being computed
    /// has callers waiting on it or about to ask for it (dropping one during a long computation made the next caller
    /// compute it all again). Runs under the gate; may leave the cache over capacity while computations are in flight.</summary>
    private void EvictBeyondCapacity()
    {
        var node = _recency.Last;
        while (_entries.Count > Capacity && node is not null)
        {
            var previous = node.Previous;
            if (node.Value.Result.Task.IsCompleted)
            {
                _recency.Remove(node);
                _entries.Remove(node.Value.Key);
            }
            node = previous;
        }
    }

    private TValue Compute(Entry entry, Func<CancellationToken, TValue> compute, CancellationToken cancellationToken)
    {
        try
        {
            Interlocked.Increment(ref _computations);
            var value = compute(cancellationToken);
            entry.Result.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(entry.Key, out var node) && ReferenceEquals(node.Value, entry))
                {
                    _recency.Remove(node);
                    _entries.Remove(entry.Key);
                }
            }
            if (e is OperationCanceledException) entry.Result.SetCanceled(CancellationToken.None);
            else entry.Result.SetException(e);
            throw;
        }
    }

    /// <summary>Forgets every entry (computations in progress still finish for their callers).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }
}
