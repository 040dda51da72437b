namespace Bulletins.Generators.Model
{
    /// <summary>Where in a schema file something is: equatable, unlike Roslyn's <c>Location</c>.</summary>
    /// <param name="Start">0-based character offset.</param>
    /// <param name="StartLine">0-based line, as Roslyn counts.</param>
    /// <param name="StartColumn">0-based column, as Roslyn counts.</param>
    internal sealed record LocationInfo(
        string Path,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn);

    /// <summary>A diagnostic to report, kept equatable so that it can flow through the pipeline.</summary>
    /// <param name="Id">The descriptor id (see <c>SchemaDiagnostics</c>).</param>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments);

    /// <summary>What parsing one schema file gives: the model (null when it cannot be emitted) and the diagnostics.</summary>
    internal sealed record ParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// What the parser gives: the result, and apart from it the methods and outside types the schema names
    /// (located, so they change with any edit above them; the result stays equal and its steps cached).
    /// </summary>
    internal sealed record SchemaParse(ParseResult Result, SchemaReferences References);
}
