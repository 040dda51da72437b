using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Reflection;
using Bulletins.Schema;

namespace Bulletins.PowerShell.Members;

/// <summary>
/// How PowerShell sees an article's properties (registered for <see cref="Article"/> and so for
/// every kind in Bulletins.Types.ps1xml): the base fields first, in contract order
/// (<see cref="BaseFields.All"/>), then <see cref="Article.Date"/>, then the kind's own fields in
/// schema order. .NET reflection would list the kind's fields first and the base fields last, which
/// is what <c>Select-Object *</c>, <c>Format-List *</c>, Export-Csv and Get-Member showed. Each
/// property keeps its real type.
/// </summary>
public sealed class ArticlePropertyAdapter : PSPropertyAdapter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Layouts = new();

    /// <summary>The article's properties in contract order: base fields, then Date, then the kind's own fields.</summary>
    public override Collection<PSAdaptedProperty> GetProperties(object baseObject) =>
        new([.. Layout(baseObject.GetType()).Select(p => new PSAdaptedProperty(p.Name, p))]);

    /// <summary>The property of that name (any case), or null when the article has none.</summary>
    public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName) =>
        Layout(baseObject.GetType()).FirstOrDefault(p => string.Equals(p.Name, propertyName, StringComparison.OrdinalIgnoreCase)) is { } property
            ? new PSAdaptedProperty(property.Name, property)
            : null;

    /// <summary>Always true: every property can be read.</summary>
    public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

    /// <summary>Always false: articles are immutable records.</summary>
    public override bool IsSettable(PSAdaptedProperty adaptedProperty) => false;

    /// <summary>The property's value (a lazy field is computed on this first read).</summary>
    public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty) =>
        ((PropertyInfo)adaptedProperty.Tag).GetValue(adaptedProperty.BaseObject);

    /// <summary>Always throws: articles are immutable records.</summary>
    /// <exception cref="SetValueException">Always, naming the property.</exception>
    public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value) =>
        throw new SetValueException($"An article's {adaptedProperty.Name} cannot be changed: articles are immutable records (use a new one, e.g. a calculated property of Select-Object).");

    /// <summary>The property's declared type, named the way PowerShell names types, for Get-Member.</summary>
    public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty) =>
        Microsoft.PowerShell.ToStringCodeMethods.Type(PSObject.AsPSObject(((PropertyInfo)adaptedProperty.Tag).PropertyType));

    /// <summary>The properties of an article type in the order PowerShell shows them.</summary>
    public static IReadOnlyList<PropertyInfo> Layout(Type type) => Layouts.GetOrAdd(type, static type =>
    {
        var article = typeof(Article);
        var baseProperties = BaseFields.All.Select(f => article.GetProperty(f.Name)!)
            .Append(article.GetProperty(nameof(Article.Date))!);
        // The kinds' own fields: declared below Article, the most basic type first, each in declaration order.
        var kindProperties = Ancestry(type).TakeWhile(t => t != article).Reverse()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && article.GetProperty(p.Name) is null);
        return [.. baseProperties, .. kindProperties];
    });

    private static IEnumerable<Type> Ancestry(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType) yield return current;
    }
}
