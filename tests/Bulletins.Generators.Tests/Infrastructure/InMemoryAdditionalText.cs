using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// An additional file held in memory, as the compiler would pass it to the generator; marked as a
/// schema (<c>BulletinsSchema="true"</c>, see <see cref="SchemaOptions"/>) unless <paramref name="isSchema"/> is false.
/// </summary>
public sealed class InMemoryAdditionalText(string path, string text, bool isSchema = true) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    /// <summary>Whether the project marks the item <c>BulletinsSchema="true"</c>.</summary>
    public bool IsSchema { get; } = isSchema;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
