using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>An additional file (a schema) held in memory, as the compiler would pass it to the generator.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
