using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// The generators the .NET SDK runs on every project (System.Text.Json's among them), loaded from the
/// targeting pack beside the running runtime, so that the library's own sources compile in memory
/// as they do in the real build.
/// </summary>
public static class FrameworkGenerators
{
    /// <summary>Runs System.Text.Json's source generator over <paramref name="compilation"/>.</summary>
    public static Compilation RunJsonGenerator(Compilation compilation)
    {
        var reference = new AnalyzerFileReference(FindJsonGenerator(), new AssemblyLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        CSharpGeneratorDriver.Create(generators, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private static string FindJsonGenerator()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/packs/Microsoft.NETCore.App.Ref/<version>/analyzers/dotnet/cs
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent!.Parent!.Parent!.FullName;
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.EnumerateDirectories(packs)
            .OrderByDescending(path => Version.TryParse(Path.GetFileName(path), out var v) ? v : new Version())
            .Select(path => Path.Combine(path, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .First(File.Exists);
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
