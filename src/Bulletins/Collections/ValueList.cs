using System.Collections;

namespace Bulletins.Collections;

/// <summary>
/// A read-only list that compares by content, so that records holding lists (paragraphs, mentions,
/// kind fields) have value equality: an article read twice equals itself.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list; shared, since it cannot change.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Wraps <paramref name="items"/> without copying: the caller must not change the array afterwards.</summary>
    /// <param name="items">The items, owned by the list from now on.</param>
    public ValueList(T[] items) => _items = items;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index] => _items[index];

    /// <summary>How many items the list holds.</summary>
    public int Count => _items.Length;

    /// <summary>Enumerates the items in order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds equal items (by <see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
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

    /// <summary>True when <paramref name="obj"/> is a value list with equal items in the same order.</summary>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>A hash of the items in order, consistent with <see cref="Equals(ValueList{T})"/>.</summary>
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
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
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
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>, IMapEntries
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items;

    /// <summary>The empty map; shared, since it cannot change.</summary>
    public static ValueMap<TKey, TValue> Empty { get; } = new(new Dictionary<TKey, TValue>());

    /// <summary>Wraps <paramref name="items"/> without copying: the caller must not change the dictionary afterwards.</summary>
    /// <param name="items">The entries, owned by the map from now on.</param>
    public ValueMap(Dictionary<TKey, TValue> items) => _items = items;

    /// <summary>The value stored under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The map has no entry for <paramref name="key"/>.</exception>
    public TValue this[TKey key] => _items[key];

    /// <summary>The keys, in the order the entries were added.</summary>
    public IEnumerable<TKey> Keys => _items.Keys;

    /// <summary>The values, in the same order as <see cref="Keys"/>.</summary>
    public IEnumerable<TValue> Values => _items.Values;

    /// <summary>How many entries the map holds.</summary>
    public int Count => _items.Count;

    /// <summary>True when the map has an entry for <paramref name="key"/>.</summary>
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <summary>Gets the value stored under <paramref name="key"/>, if there is one.</summary>
    /// <param name="key">The key to look up.</param>
    /// <param name="value">The value when found; the type's default otherwise.</param>
    /// <returns>True when the map has an entry for <paramref name="key"/>.</returns>
    public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    /// <summary>Enumerates the entries in the order they were added.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    IEnumerable<(object? Key, object? Value)> IMapEntries.Entries => _items.Select(static entry => ((object?)entry.Key, (object?)entry.Value));

    /// <summary>True when <paramref name="other"/> has the same keys with equal values, in any order.</summary>
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

    /// <summary>True when <paramref name="obj"/> is a value map with the same keys and equal values, in any order.</summary>
    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    /// <summary>The entries as <c>key: value</c> joined with <c>; </c>, as in a CSV cell.</summary>
    public override string ToString() => Writing.FieldText.Format(this);

    /// <summary>An order-insensitive hash of the entries, consistent with <see cref="Equals(ValueMap{TKey, TValue})"/>.</summary>
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
