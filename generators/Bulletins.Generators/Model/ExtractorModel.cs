namespace Bulletins.Generators.Model
{
    /// <summary>The ways a kind field can be filled from an article.</summary>
    internal enum ExtractorKind
    {
        /// <summary><c>pattern</c>: the first match (scalars) or all distinct matches (lists).</summary>
        Pattern,
        /// <summary><c>flag</c>: true/false patterns for a <c>bool?</c>.</summary>
        Flag,
        /// <summary><c>count</c>: <c>CountExtractor.Find(context, noun, verb)</c>.</summary>
        Count,
        /// <summary><c>method</c>: a hand-written static extractor.</summary>
        Method,
    }

    /// <summary>
    /// A field's extractor. One record for every kind (rather than a hierarchy) keeps equality trivial;
    /// the members a kind does not use are empty.
    /// </summary>
    /// <param name="Pattern">The pattern (<c>pattern</c>), the true pattern (<c>flag</c>) or the noun (<c>count</c>).</param>
    /// <param name="SecondPattern">The false pattern (<c>flag</c>) or the verb (<c>count</c>); empty when absent.</param>
    /// <param name="Method">The fully-qualified method name (<c>method</c>), without <c>global::</c>.</param>
    internal sealed record ExtractorModel(
        ExtractorKind Kind,
        TextScopeModel Scope,
        string Pattern,
        string SecondPattern,
        string Method);
}
