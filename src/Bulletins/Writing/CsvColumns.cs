using System.Reflection;
using Bulletins.Schema;

namespace Bulletins.Writing;

/// <summary>
/// The CSV header for any mix of kinds: the base columns, then the union of every kind's own
/// fields, so one header fits every row; a kind without a field leaves its cell empty.
/// </summary>
/// <remarks>
/// The kinds are those known in the process when the header is written: the generated schema
/// metadata (<c>ArticleSchema.Kinds</c>, in schema order, with the fields' JSON names) of this
/// library and of every loaded assembly that references it (a consumer's own schema), then any
/// other <see cref="Article"/> type found by reflection (in name order, camelCased property names).
/// Found once per writer.
/// </remarks>
internal sealed class CsvColumns
{
    private readonly List<(string Column, string Property)> _fields;
    private readonly Dictionary<Type, PropertyInfo?[]> _byType = [];

    private CsvColumns(List<(string Column, string Property)> fields) => _fields = fields;

    /// <summary>Names of the kind-field columns, after the base columns.</summary>
    public IEnumerable<string> KindColumns => _fields.Select(static f => f.Column);

    /// <summary>The columns for every kind known now, <paramref name="sample"/>'s included.</summary>
    public static CsvColumns For(Type? sample)
    {
        var library = typeof(Article).Assembly;
        var libraryName = library.GetName().Name;
        var assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a != library && !a.IsDynamic && a.GetReferencedAssemblies().Any(r => r.Name == libraryName))
            .OrderBy(static a => a.FullName, StringComparer.Ordinal)
            .Prepend(library)
            .ToList();
        if (sample is not null && !assemblies.Contains(sample.Assembly)) assemblies.Add(sample.Assembly);

        var fields = new List<(string Column, string Property)>();
        void Add(string column, string property)
        {
            if (!fields.Exists(f => f.Column == column)) fields.Add((column, property));
        }

        var described = new HashSet<Type>();
        var types = assemblies.SelectMany(ExportedTypes).ToList();
        foreach (var kind in types.SelectMany(SchemaKinds))
        {
            described.Add(kind.ClrType);
            foreach (var field in kind.Fields) Add(field.JsonName, field.Name);
        }
        foreach (var type in types
            .Where(t => !t.IsAbstract && typeof(Article).IsAssignableFrom(t) && !described.Contains(t))
            .OrderBy(static t => t.Name, StringComparer.Ordinal))
        {
            foreach (var property in OwnProperties(type)) Add(CamelCase(property.Name), property.Name);
        }
        return new CsvColumns(fields);
    }

    /// <summary>The property behind each kind column for this type (null where the kind lacks the field).</summary>
    public PropertyInfo?[] PropertiesOf(Type type)
    {
        if (!_byType.TryGetValue(type, out var properties))
        {
            var own = OwnProperties(type).ToDictionary(static p => p.Name);
            properties = _fields.Select(f => own.GetValueOrDefault(f.Property)).ToArray();
            _byType.Add(type, properties);
        }
        return properties;
    }

    /// <summary>The kinds a generated <c>ArticleSchema</c> class declares (one per schema), in schema order.</summary>
    private static IEnumerable<KindInfo> SchemaKinds(Type type)
    {
        if (type.Name != "ArticleSchema" || !type.IsAbstract || !type.IsSealed) return [];
        var kinds = type.GetProperty("Kinds", BindingFlags.Public | BindingFlags.Static);
        return kinds?.GetValue(null) as IEnumerable<KindInfo> ?? [];
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or NotSupportedException or FileNotFoundException)
        {
            return [];
        }
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
