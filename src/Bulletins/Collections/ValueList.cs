using System.Collections;

namespace Bulletins.Collections;

/// <summary>
/// A read-only list that compares by content, so that records holding lists (paragraphs, mentions,
/// kind fields) have value equality: an article read twice equals itself.
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list; shared, since it cannot change.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    public ValueList(T[] items) => _items = items;

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items' short texts joined with <c>; </c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Wraps any sequence as a value list; null becomes the empty list.</summary>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        T[] { Length: 0 } => ValueList<T>.Empty,
        T[] array => new ValueList<T>((T[])array.Clone()),
        _ => FromArray(items.ToArray()),
    };

    /// <summary>Takes ownership of an array without copying it.</summary>
    public static ValueList<T> FromArray<T>(T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
}

/// <summary>A read-only dictionary that compares by content (order-insensitive).</summary>
public sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>, IMapEntries
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items;

    public static ValueMap<TKey, TValue> Empty { get; } = new(new Dictionary<TKey, TValue>());

    public ValueMap(Dictionary<TKey, TValue> items) => _items = items;

    public TValue this[TKey key] => _items[key];
    public IEnumerable<TKey> Keys => _items.Keys;
    public IEnumerable<TValue> Values => _items.Values;
    public int Count => _items.Count;
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);
    public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    IEnumerable<(object? Key, object? Value)> IMapEntries.Entries => _items.Select(static entry => ((object?)entry.Key, (object?)entry.Value));

    public bool Equals(ValueMap<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Count != Count) return false;
        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in _items)
        {
            if (!other._items.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    /// <summary>The entries as <c>key: value</c> joined with <c>; </c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);

    public override int GetHashCode()
    {
        int hash = 0;
        foreach (var (key, value) in _items) hash ^= HashCode.Combine(key, value);
        return hash;
    }
}

/// <summary>A map's entries without their static types, so that <see cref="Writing.FieldText"/> formats any map without reflection.</summary>
internal interface IMapEntries
{
    IEnumerable<(object? Key, object? Value)> Entries { get; }
}
