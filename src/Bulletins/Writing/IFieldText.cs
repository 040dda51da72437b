using System.ComponentModel;

namespace Bulletins.Writing;

/// <summary>
/// A value of a schema's declared type (a schedule entry, a quantity) that gives its own text for
/// a CSV cell and <see cref="FieldText.Format(object?)"/>: generated, so that no reflection reads its fields.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IFieldText
{
    /// <summary>The value's text in a CSV cell.</summary>
    string ToFieldText();
}
