using Bulletins.Schema;

namespace Bulletins.Writing;

/// <summary>
/// The CSV header for a mix of kinds: the base columns (the base-field table), then the union of
/// the kinds' own fields, so one header fits every row; a kind without a field leaves its cell empty.
/// </summary>
/// <remarks>
/// The kinds are those the writer is told about when it is created (generated schema metadata,
/// <c>ArticleSchema.Kinds</c>, in the order given; the built-in schema's by default), never whatever
/// happens to be loaded: the columns of a file depend only on the schemas its program uses.
/// </remarks>
internal sealed class CsvColumns
{
    private readonly List<string> _kindColumns = [];
    private readonly Dictionary<Type, int[]> _slots = [];

    public CsvColumns(IEnumerable<KindInfo> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (var kind in kinds)
        {
            if (_slots.ContainsKey(kind.ClrType)) continue;
            var slots = new int[kind.Fields.Count];
            for (int i = 0; i < slots.Length; i++)
            {
                var column = kind.Fields[i].JsonName;
                int slot = _kindColumns.IndexOf(column);
                if (slot < 0)
                {
                    slot = _kindColumns.Count;
                    _kindColumns.Add(column);
                }
                slots[i] = slot;
            }
            _slots.Add(kind.ClrType, slots);
            MostFieldsOfAKind = Math.Max(MostFieldsOfAKind, slots.Length);
            KindNames.Add(kind.Name);
        }
    }

    /// <summary>Names of the kind-field columns, after the base columns.</summary>
    public IReadOnlyList<string> KindColumns => _kindColumns;

    /// <summary>The largest number of own fields among the kinds.</summary>
    public int MostFieldsOfAKind { get; }

    /// <summary>The kinds the columns are for, by name.</summary>
    public List<string> KindNames { get; } = [];

    /// <summary>Where each of a kind's own fields goes among the kind columns, in the order of its <see cref="KindInfo.Fields"/>.</summary>
    public int[] SlotsOf(Article article)
    {
        if (_slots.TryGetValue(article.GetType(), out var slots)) return slots;
        throw new InvalidOperationException(
            $"The CSV writer has no columns for the kind '{article.Kind}' ({article.GetType().FullName}) of article {article.Id}: it was created for the kinds "
            + string.Join(", ", KindNames) + ". Pass the kind's schema metadata (its ArticleSchema.Kinds) when creating the writer.");
    }
}
