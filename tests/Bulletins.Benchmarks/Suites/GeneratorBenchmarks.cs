using BenchmarkDotNet.Attributes;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Benchmarks.Suites;

/// <summary>
/// Generating the built-in schema from scratch (a cold driver: parse the YAML, validate it, emit
/// every file), and the second run after an unrelated edit, which must do no work.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private ImmutableArray<AdditionalText> _schema;
    private IIncrementalGenerator _generator = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generatorType = System.Reflection.Assembly.Load("Bulletins.Generators").GetTypes()
            .Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        _generator = (IIncrementalGenerator)Activator.CreateInstance(generatorType)!;
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "articles.yaml"));
        _schema = [new InMemoryText("schema/articles.yaml", yaml)];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location));
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class C { }")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }"));
        _warmDriver = NewDriver().RunGenerators(_compilation);
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([_generator.AsSourceGenerator()], _schema,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    [Benchmark(Description = "generator-cold")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "generator-unrelated-edit")]
    public GeneratorDriver UnrelatedEdit() => _warmDriver.RunGenerators(_edited);

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
