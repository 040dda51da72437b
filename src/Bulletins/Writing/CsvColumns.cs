using System.Reflection;

namespace Bulletins.Writing;

/// <summary>
/// The CSV header for any mix of kinds: the base columns, then the union of every kind's own
/// fields (found by reflection once, from the article types of the schema's assembly), so one
/// header fits every row. A kind without a field leaves its cell empty.
/// </summary>
internal sealed class CsvColumns
{
    public static readonly string[] BaseColumns =
    [
        "id", "kind", "title", "source", "file", "line", "lastLine", "isTruncated", "duplicateOf",
        "paragraphs", "dates", "money", "people", "countries", "quotes", "warnings",
    ];

    private readonly Dictionary<Type, PropertyInfo?[]> _byType = [];

    private CsvColumns(IReadOnlyList<string> kindColumns, IReadOnlyList<string> propertyNames)
    {
        KindColumns = kindColumns;
        PropertyNames = propertyNames;
    }

    /// <summary>camelCase names of the kind-field columns, after the base columns.</summary>
    public IReadOnlyList<string> KindColumns { get; }

    private IReadOnlyList<string> PropertyNames { get; }

    /// <summary>The columns for the kinds defined beside <paramref name="sample"/>'s type (the built-in schema's when null).</summary>
    public static CsvColumns For(Type? sample)
    {
        var assemblies = new List<Assembly> { typeof(Article).Assembly };
        if (sample is not null && !assemblies.Contains(sample.Assembly)) assemblies.Add(sample.Assembly);

        var kinds = assemblies
            .SelectMany(static assembly => assembly.GetTypes())
            .Where(static type => type.IsPublic && !type.IsAbstract && typeof(Article).IsAssignableFrom(type))
            .OrderBy(static type => type.Name, StringComparer.Ordinal);

        var names = new List<string>();
        foreach (var kind in kinds)
        {
            foreach (var property in OwnProperties(kind))
            {
                if (!names.Contains(property.Name)) names.Add(property.Name);
            }
        }
        return new CsvColumns(names.Select(CamelCase).ToArray(), names);
    }

    /// <summary>The property behind each kind column for this type (null where the kind lacks the field).</summary>
    public PropertyInfo?[] PropertiesOf(Type type)
    {
        if (!_byType.TryGetValue(type, out var properties))
        {
            var own = OwnProperties(type).ToDictionary(static p => p.Name);
            properties = PropertyNames.Select(name => own.GetValueOrDefault(name)).ToArray();
            _byType.Add(type, properties);
        }
        return properties;
    }

    /// <summary>Public readable properties a kind adds to <see cref="Article"/>.</summary>
    private static IEnumerable<PropertyInfo> OwnProperties(Type kind)
    {
        for (var type = kind; type is not null && type != typeof(Article); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
                    && typeof(Article).GetProperty(property.Name) is null)
                {
                    yield return property;
                }
            }
        }
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
