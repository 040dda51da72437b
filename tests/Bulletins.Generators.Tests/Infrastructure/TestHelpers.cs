using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>Runs the schema generator the way the compiler does, and compiles what it produces.</summary>
public static class TestHelpers
{
    public const string SchemaPath = "/schemas/test.yaml";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>As a project with <c>GenerateDocumentationFile</c> parses: a public member without XML docs is CS1591.</summary>
    public static CSharpParseOptions DocumentedParseOptions { get; } = ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>The references of a project that uses the Bulletins library: the runtime and Bulletins.dll.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = CreateReferences();

    /// <summary>What one generator run gives.</summary>
    public sealed record GeneratorOutput(
        GeneratorDriver Driver,
        GeneratorRunResult Result,
        Compilation OutputCompilation,
        ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        /// <summary>The generated sources by hint name.</summary>
        public IReadOnlyDictionary<string, string> Sources =>
            Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        /// <summary>Errors and warnings of compiling the input with the generated code.</summary>
        public IReadOnlyList<Diagnostic> CompilationProblems =>
            OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = "Consumer", IEnumerable<MetadataReference>? references = null, CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions)),
            references ?? References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(params AdditionalText[] schemas) => CreateDriver(null, schemas);

    /// <summary>A driver as a project with these compiler-visible MSBuild properties runs it (none when null).</summary>
    public static GeneratorDriver CreateDriver(BuildProperties? properties, params AdditionalText[] schemas) =>
        CreateDriver(properties, ParseOptions, schemas);

    /// <summary>A driver whose generated sources are parsed with <paramref name="parseOptions"/> (e.g. <see cref="DocumentedParseOptions"/>).</summary>
    public static GeneratorDriver CreateDriver(BuildProperties? properties, CSharpParseOptions parseOptions, params AdditionalText[] schemas) =>
        CSharpGeneratorDriver.Create(
            [new ArticleSchemaGenerator().AsSourceGenerator()],
            schemas,
            parseOptions,
            properties ?? BuildProperties.None,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over one schema (and any C# sources), checking that a rerun reuses everything.</summary>
    public static GeneratorOutput Run(string yaml, params string[] sources) =>
        Run(CreateCompilation(sources), new InMemoryAdditionalText(SchemaPath, yaml));

    public static GeneratorOutput Run(Compilation compilation, params AdditionalText[] schemas) =>
        Run(CreateDriver(schemas), compilation);

    /// <summary>
    /// Runs the generator, then runs the driver it returns again over a copy of the same compilation
    /// and asserts that every tracked step was reused and that no step holds Roslyn's symbols, syntax
    /// or compilations (which would keep them alive and defeat caching). Every test that runs the
    /// generator goes through here, so every test checks caching. Returns the first run.
    /// </summary>
    public static GeneratorOutput Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        AssertModelFreeOfRoslyn(result);

        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        AssertEverythingReused(rerun, "a rerun over the same input");

        return new GeneratorOutput(driver, result, output, diagnostics);
    }

    /// <summary>Asserts that every tracked step of <paramref name="run"/> is Cached or Unchanged and every output Cached.</summary>
    public static void AssertEverythingReused(GeneratorRunResult run, string after)
    {
        var steps = run.TrackedSteps;
        foreach (var name in StepNames)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} is not tracked");
        }
        // Roslyn's own inputs (Compilation, AdditionalTexts, ...) are tracked too; only the generator's steps are its to keep.
        foreach (var (name, runs) in steps.Where(step => StepNames.Contains(step.Key)))
        {
            foreach (var output in runs.SelectMany(step => step.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} ran again after {after}: {output.Reason}");
            }
        }
        foreach (var output in run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs))
        {
            Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"an output ran again after {after}: {output.Reason}");
        }
    }

    /// <summary>The tracking names the generator declares in <see cref="ArticleSchemaGenerator.Steps"/>.</summary>
    public static IReadOnlyList<string> StepNames { get; } =
        typeof(ArticleSchemaGenerator.Steps).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

    /// <summary>
    /// Walks the value of every tracked step's outputs by reflection (fields, arrays, nested records)
    /// and fails on any <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="SyntaxTree"/>,
    /// <see cref="SemanticModel"/> or <see cref="Compilation"/>, as NetEscapades.EnumGenerators' helpers do.
    /// </summary>
    public static void AssertModelFreeOfRoslyn(GeneratorRunResult run)
    {
        foreach (var (name, runs) in run.TrackedSteps.Where(step => StepNames.Contains(step.Key)))
        {
            foreach (var (value, _) in runs.SelectMany(step => step.Outputs))
            {
                AssertFreeOfRoslyn(value, name);
            }
        }
    }

    /// <summary>The walk of <see cref="AssertModelFreeOfRoslyn"/> over one value.</summary>
    public static void AssertFreeOfRoslyn(object? value, string path) =>
        Walk(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? node, string path, HashSet<object> visited)
    {
        if (node is null) return;
        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string or decimal or Microsoft.CodeAnalysis.Text.SourceText) return;
        Assert.False(node is ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Compilation,
            $"{path} holds a {type.Name}: a model must hold plain values, or it keeps Roslyn's objects alive and never compares equal");
        if (!type.IsValueType && !visited.Add(node)) return;

        if (node is System.Collections.IEnumerable items)
        {
            int i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", visited);
            if (type.IsArray) return;
        }
        for (var declaring = type; declaring != null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(node), path + "." + field.Name, visited);
            }
        }
    }

    /// <summary>
    /// The incremental-caching check: runs the generator, then runs it again after an unrelated
    /// edit (a new C# file), and asserts that every tracked step and every output was reused.
    /// Returns the second run so that callers can look further.
    /// </summary>
    public static GeneratorRunResult AssertCachedAfterUnrelatedEdit(string yaml)
    {
        var compilation = CreateCompilation(["namespace Consumer; public static class Existing { }"]);
        var first = Run(compilation, new InMemoryAdditionalText(SchemaPath, yaml));
        Assert.NotEmpty(first.Result.GeneratedSources);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; public static class Unrelated { public static int Answer => 42; }", ParseOptions));
        var second = Run(first.Driver, edited).Result;

        AssertEverythingReused(second, "an unrelated edit");

        return second;
    }

    /// <summary>Emits the compilation to memory and loads it; fails with the compiler's errors if it does not compile.</summary>
    public static Assembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, "compilation failed:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>
    /// The one diagnostic with <paramref name="id"/> the run reported, located in the schema file; fails, listing
    /// every diagnostic, when there is none or more than one.
    /// </summary>
    public static Diagnostic SingleDiagnostic(GeneratorOutput output, string id)
    {
        var found = output.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"expected one {id}, got: " + string.Join("\n", output.GeneratorDiagnostics));
        Assert.Equal(SchemaPath, found[0].Location.GetLineSpan().Path);
        return found[0];
    }

    /// <summary>Where <paramref name="diagnostic"/> starts: 0-based line and column, as Roslyn counts (an editor shows both one higher).</summary>
    public static (int Line, int Column) StartOf(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }

    /// <summary>The diagnostics with <paramref name="id"/>, with their line and column (0-based, as Roslyn counts).</summary>
    public static IReadOnlyList<(int Line, int Column, string Message)> Find(GeneratorOutput output, string id) =>
        output.GeneratorDiagnostics.Where(d => d.Id == id)
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character, d.GetMessage()))
            .ToList();

    private static IReadOnlyList<MetadataReference> CreateReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Bulletins.Article).Assembly.Location))
            .ToList();
    }
}
