namespace Bulletins.Extraction.Runtime;

/// <summary>
/// One extracted field of an article, computed on first read, once, under its article's lock (the
/// extractors share the article's <see cref="ExtractionContext"/>, which is not thread-safe). It
/// compares and hashes by its value, so a record holding it still compares by value; reading the
/// value for that computes it. A failing extractor does not throw out of the read: the field is
/// <c>empty</c> and the article's warnings say what failed, with its line (<see cref="ExtractionContext.Lazy{T}"/>).
/// </summary>
public sealed class LazyField<T> : IEquatable<LazyField<T>>, ILazyField
{
    private ExtractionContext? _context;
    private Func<ExtractionContext, T>? _compute;
    private readonly T _empty;
    private readonly string _name;
    private T _value;

    private LazyField(T value)
    {
        _value = value;
        _empty = value;
        _name = "";
    }

    internal LazyField(ExtractionContext context, Func<ExtractionContext, T> compute, T empty, string name)
    {
        _context = context;
        _compute = compute;
        _empty = empty;
        _value = empty;
        _name = name;
    }

    /// <summary>A field whose value is known already (object initialisers, <c>with</c>).</summary>
    public static LazyField<T> Of(T value) => new(value);

    /// <summary>True once the value is computed (or was given).</summary>
    public bool IsComputed => Volatile.Read(ref _context) is null;

    /// <summary>The value, computed on the first read.</summary>
    public T Value
    {
        get
        {
            // The value is written before the context is cleared, so a null context means the value is visible.
            var context = Volatile.Read(ref _context);
            return context is null ? _value : Compute(context);
        }
    }

    void ILazyField.Compute() => _ = Value;

    private T Compute(ExtractionContext context)
    {
        lock (context.Gate)
        {
            if (_context is null) return _value;
            try
            {
                _value = _compute!(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _value = _empty;
                context.RecordFailure(_name, ex);
            }
            _compute = null;
            Volatile.Write(ref _context, null);
            return _value;
        }
    }

    /// <summary>True when <paramref name="other"/> holds an equal value; computes both values if need be.</summary>
    public bool Equals(LazyField<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || EqualityComparer<T>.Default.Equals(Value, other.Value));

    /// <summary>True when <paramref name="obj"/> is a lazy field holding an equal value; computes both values if need be.</summary>
    public override bool Equals(object? obj) => Equals(obj as LazyField<T>);

    /// <summary>The value's hash (0 for null), so equal fields hash alike; computes the value if need be.</summary>
    public override int GetHashCode() => Value is { } value ? EqualityComparer<T>.Default.GetHashCode(value) : 0;

    /// <summary>The value's text, or null for a null value; computes the value if need be.</summary>
    public override string? ToString() => Value?.ToString();
}

/// <summary>What the context needs of its fields: to compute them all (the warnings field does, first).</summary>
internal interface ILazyField
{
    void Compute();
}
