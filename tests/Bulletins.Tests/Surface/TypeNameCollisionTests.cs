namespace Bulletins.Tests.Surface;

/// <summary>
/// No public type of the library shares its name with a public type of the base library in a
/// namespace C# files commonly import (System.Reflection's FieldInfo beside Bulletins.Schema's would
/// make every file that imports both say which one it means: CS0104).
/// </summary>
public class TypeNameCollisionTests
{
    private static readonly string[] CommonNamespaces =
    [
        "System", "System.Collections", "System.Collections.Generic", "System.IO", "System.Linq", "System.Reflection",
        "System.Text", "System.Text.Json", "System.Text.RegularExpressions", "System.Threading", "System.Threading.Tasks",
    ];

    [Fact]
    public void NoPublicTypeIsNamedLikeABaseLibraryTypeInACommonlyImportedNamespace()
    {
        var baseLibrary = new[] { typeof(object), typeof(Enumerable), typeof(System.Text.Json.JsonSerializer), typeof(System.Text.RegularExpressions.Regex) }
            .Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => CommonNamespaces.Contains(t.Namespace))
            .ToLookup(t => t.Name);
        var collisions = typeof(Article).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && baseLibrary.Contains(t.Name))
            .Select(t => $"{t.FullName} is named like {baseLibrary[t.Name].First().FullName}")
            .ToList();
        Assert.Empty(collisions);
    }
}
