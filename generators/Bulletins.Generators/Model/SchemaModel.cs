namespace Bulletins.Generators.Model
{
    /// <summary>One schema file, parsed and checked: everything the emitter needs, and nothing Roslyn-specific.</summary>
    /// <param name="HintPrefix">A prefix for the generated files' hint names (file name and namespace).</param>
    /// <param name="NamespaceLocation">Where the namespace is named, for clashes between schemas.</param>
    /// <param name="Name">The schema's <c>name</c> (default: the namespace's last part), which prefixes its helper types.</param>
    internal sealed record SchemaModel(
        string HintPrefix,
        string Namespace,
        LocationInfo NamespaceLocation,
        string Description,
        EquatableArray<TypeModel> Types,
        EquatableArray<KindModel> Kinds,
        EquatableArray<WordListModel> Words,
        EquatableArray<NamedPatternModel> Patterns,
        string Name)
    {
        /// <summary>The kind enum, <c>&lt;Name&gt;Kind</c> (the built-in schema's is <c>ArticleKind</c>).</summary>
        public string KindEnum => GeneratedNames.KindEnum(Name);

        /// <summary><c>&lt;Name&gt;Classifier</c>.</summary>
        public string Classifier => GeneratedNames.Classifier(Name);

        /// <summary><c>&lt;Name&gt;Factory</c>.</summary>
        public string Factory => GeneratedNames.Factory(Name);

        /// <summary><c>&lt;Name&gt;Schema</c>, the run-time metadata.</summary>
        public string Metadata => GeneratedNames.Metadata(Name);

        /// <summary><c>&lt;Name&gt;Words</c>, the named word lists.</summary>
        public string WordsClass => GeneratedNames.Words(Name);

        /// <summary><c>&lt;Name&gt;Patterns</c>, the named patterns.</summary>
        public string PatternsClass => GeneratedNames.Patterns(Name);
    }

    /// <summary>A named word list (<c>words[]</c>), generated as <c>ArticleWords.&lt;Name&gt;</c> for the C# extractors.</summary>
    /// <param name="Name">The name as the schema writes it (<c>personNouns</c>).</param>
    /// <param name="PropertyName">Its PascalCase, the generated property.</param>
    internal sealed record WordListModel(string Name, string PropertyName, string Description, EquatableArray<string> Words);

    /// <summary>A named pattern (<c>patterns[]</c>), generated as <c>ArticlePatterns.&lt;Name&gt;</c> for the C# extractors; rules and extractors use it by name.</summary>
    /// <param name="Name">The name as the schema writes it (<c>authoritiesIntro</c>).</param>
    /// <param name="PropertyName">Its PascalCase, the generated property.</param>
    /// <param name="Pattern">The pattern, checked and analysed (with its prefilter) once.</param>
    internal sealed record NamedPatternModel(string Name, string PropertyName, string Description, PatternModel Pattern);

    /// <summary>A record type the kinds' fields can use (<c>types[]</c>).</summary>
    internal sealed record TypeModel(string Name, string Description, EquatableArray<FieldModel> Fields);

    /// <summary>An article kind (<c>kinds[]</c>).</summary>
    internal sealed record KindModel(
        string Name,
        string Description,
        bool IsFallback,
        RecognitionModel? Recognition,
        EquatableArray<FieldModel> Fields);

    /// <summary>How the classifier recognises a kind.</summary>
    internal sealed record RecognitionModel(int Threshold, EquatableArray<RuleModel> Rules);

    /// <summary>One recognition rule: if <see cref="Pattern"/> matches in <see cref="Scope"/>, add <see cref="Weight"/>.</summary>
    /// <param name="Index">The rule's place among all the schema's rules, kind by kind: its index in <c>ArticleSchema.Rules</c>
    /// and its pattern's name, so the classifier and the metadata name the same rule by the model, not by iterating alike.</param>
    internal sealed record RuleModel(int Index, TextScopeModel Scope, PatternModel Pattern, int Weight, string Generalises);

    /// <summary>A field of a kind or of a declared type.</summary>
    /// <param name="JsonName">The name as the schema writes it, which is also the JSON name.</param>
    /// <param name="PropertyName">The C# property name (PascalCase of <paramref name="JsonName"/>).</param>
    internal sealed record FieldModel(
        string JsonName,
        string PropertyName,
        FieldTypeModel Type,
        string Description,
        ExtractorModel? Extractor);

    /// <summary>The parts of an article a pattern can look at; mirrors <c>Bulletins.Extraction.Runtime.TextScope</c>.</summary>
    internal enum TextScopeModel
    {
        Title,
        Source,
        Opening,
        Closing,
        Body,
        All,
    }
}
