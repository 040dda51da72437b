using System;
using System.IO;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Emitting;
using Bulletins.Generators.Model;
using Bulletins.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators
{
    /// <summary>
    /// Turns article schemas into C#: every <c>.yaml</c> or <c>.yml</c> file among a project's
    /// <c>AdditionalFiles</c> is a schema, and gets its records, <c>ArticleKind</c>,
    /// <c>ArticleClassifier</c>, <c>ArticleFactory</c> and <c>ArticleSchema</c> in its own namespace.
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
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var texts = context.AdditionalTextsProvider
                .Where(static file => IsSchema(file.Path))
                .Select(static (file, cancellationToken) => new SchemaText(file.Path, file.GetText(cancellationToken)))
                .WithTrackingName(Steps.SchemaText);

            var parsed = texts
                .Select(static (text, cancellationToken) => text.Text is null
                    ? new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty)
                    : SchemaParser.Parse(text.Path, new SourceTextReader(text.Text), cancellationToken))
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

            var emitted = models.Combine(owners)
                .Select(static (pair, _) => NamespaceOwnership.IfOwner(pair.Left, pair.Right))
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
        }

        /// <summary>Which additional files are schemas: every <c>.yaml</c> and <c>.yml</c> one.</summary>
        public static bool IsSchema(string path)
        {
            var extension = Path.GetExtension(path);
            return string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)
                || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase);
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
                var where = Location.Create(location.Path, new TextSpan(location.Start, location.Length), span);
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.Find(item.Id), where, item.Arguments.Select(argument => (object)argument).ToArray()));
            }
        }
    }
}
