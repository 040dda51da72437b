using System.Text.RegularExpressions;
using Bulletins.Testing;

namespace Bulletins.Generators.Tests;

/// <summary>The generator's folders depend one way: Parsing and Analysis build the model, Emitting only reads it.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("Parsing")]
    [InlineData("Analysis")]
    [InlineData("Model")]
    public void Folder_does_not_reach_into_Emitting(string folder)
    {
        var directory = Fixtures.Repository("generators", "Bulletins.Generators", folder);
        var offenders = Directory.EnumerateFiles(directory, "*.cs")
            .Where(path => Regex.IsMatch(File.ReadAllText(path), @"\bEmitting\b"))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_generated_code_version_is_written_once()
    {
        var directory = Fixtures.Repository("generators", "Bulletins.Generators");
        var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Where(path => File.ReadAllText(path).Contains("GeneratedCode(\\\"", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal(["GeneratedCode.cs"], files);
    }
}
