using System;
using System.Linq;
using Bulletins.Generators.Checking;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Emitting;
using Bulletins.Generators.Model;
using Bulletins.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators
{
    /// <summary>
    /// Turns article schemas into C#: every <c>AdditionalFiles</c> item marked
    /// <c>BulletinsSchema="true"</c> is a schema (<see cref="SchemaOptIn"/>), and gets its records and
    /// its helper classes in its own namespace.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ArticleSchemaGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for tests that check caching.</summary>
        public static class Steps
        {
            public const string SchemaText = "SchemaText";
            public const string Parsed = "ParsedSchema";
            public const string Model = "SchemaModel";
            public const string Diagnostics = "SchemaDiagnostics";
            public const string Owners = "NamespaceOwners";
            public const string Emitted = "EmittedModel";
            public const string Clashes = "NamespaceClashes";
            public const string Library = "IsBulletinsLibrary";
            public const string Runtime = "RuntimeReferenced";
            public const string References = "CompilationReferences";
            public const string ReferenceChecks = "CompilationReferenceChecks";
            public const string Unresolved = "UnresolvedMethods";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var texts = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => SchemaOptIn.IsSchema(pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => new SchemaText(pair.Left.Path, pair.Left.GetText(cancellationToken)))
                .WithTrackingName(Steps.SchemaText);

            var parses = texts
                .Select(static (text, cancellationToken) => text.Text is null
                    ? new SchemaParse(new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty), SchemaReferences.None)
                    : SchemaParser.Parse(text.Path, new SourceTextReader(text.Text), cancellationToken));

            var parsed = parses
                .Select(static (parse, _) => parse.Result)
                .WithTrackingName(Steps.Parsed);

            var models = parsed
                .Select(static (result, _) => result.Model)
                .WithTrackingName(Steps.Model);

            var diagnostics = parsed
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(Steps.Diagnostics);

            // One schema per namespace: the others would declare ArticleKind and the rest twice.
            var owners = models.Collect()
                .Select(static (all, _) => NamespaceOwnership.Owners(all))
                .WithTrackingName(Steps.Owners);

            // Only a bool of the compilation flows on, so an edit of C# code leaves the schema steps cached.
            var runtime = context.CompilationProvider
                .Select(static (compilation, _) => RuntimeCheck.IsReferenced(compilation))
                .WithTrackingName(Steps.Runtime);

            var missingRuntime = texts.Collect().Combine(runtime)
                .Select(static (pair, _) => RuntimeCheck.Report(pair.Left, pair.Right));

            // The parser lists the methods and outside types a schema names; only this step looks them up
            // in the compilation, so the model above never depends on C# code.
            var references = parses
                .Select(static (parse, _) => parse.References)
                .WithTrackingName(Steps.References);

            var referenceChecks = references.Combine(context.CompilationProvider).Combine(runtime)
                .Select(static (pair, cancellationToken) => pair.Right
                    ? ReferenceCheck.Check(pair.Left.Left, pair.Left.Right, cancellationToken)
                    : ReferenceCheckResult.None)
                .WithTrackingName(Steps.ReferenceChecks);

            // A method the compilation lacks is not called (its field stays empty), so its BLTG023/024 is the
            // only error; only the names flow on, so the code is emitted again only when they change.
            var unresolved = referenceChecks
                .Select(static (result, _) => result.Unresolved)
                .Where(static methods => methods.Fields.Count > 0)
                .Collect()
                .Select(static (all, _) => all.ToEquatableArray())
                .WithTrackingName(Steps.Unresolved);

            var emitted = models.Combine(owners).Combine(runtime).Combine(unresolved)
                .Select(static (pair, _) => pair.Left.Right
                    ? UnresolvedMethods.Strip(NamespaceOwnership.IfOwner(pair.Left.Left.Left, pair.Left.Left.Right), pair.Right)
                    : null)
                .WithTrackingName(Steps.Emitted);

            var clashes = owners
                .Select(static (all, _) => NamespaceOwnership.Clashes(all))
                .WithTrackingName(Steps.Clashes);

            // The base record's writing code belongs to the library alone (a consumer's schema reuses it):
            // the library's project opts in with an MSBuild property the compiler sees.
            var isLibrary = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue(BaseRecordEmitter.OptInProperty, out var value)
                    && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                .WithTrackingName(Steps.Library);

            context.RegisterSourceOutput(emitted, static (output, model) => Emit(output, model));
            context.RegisterSourceOutput(isLibrary, static (output, yes) =>
            {
                if (yes) output.AddSource(BaseRecordEmitter.HintName, SourceText.From(BaseRecordEmitter.Emit(), System.Text.Encoding.UTF8));
            });
            context.RegisterSourceOutput(diagnostics, static (output, items) => Report(output, items));
            context.RegisterSourceOutput(clashes, static (output, items) => Report(output, items));
            context.RegisterSourceOutput(missingRuntime, static (output, items) => Report(output, items));
            context.RegisterSourceOutput(referenceChecks, static (output, result) => Report(output, result.Diagnostics));
        }

        private static void Emit(SourceProductionContext output, SchemaModel? model)
        {
            if (model is null) return;
            try
            {
                foreach (var file in SchemaEmitter.Emit(model))
                {
                    output.CancellationToken.ThrowIfCancellationRequested();
                    output.AddSource(file.Key, SourceText.From(file.Value, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // The parser should have caught whatever could break emission; if not, say so rather than crash.
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.InternalError, Location.None, model.HintPrefix + ": " + e.Message));
            }
        }

        private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> items)
        {
            foreach (var item in items)
            {
                var location = item.Location;
                var span = new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn));
                var where = location.Path.Length == 0 ? Location.None : Location.Create(location.Path, new TextSpan(location.Start, location.Length), span);
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.Find(item.Id), where, item.Arguments.Select(argument => (object)argument).ToArray()));
            }
        }
    }
}
