using System;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators.Model
{
    /// <summary>
    /// A schema file as the pipeline sees it: its path and text, equal when the content is, so that an
    /// unchanged file keeps every later step cached even if the host hands over a new SourceText.
    /// </summary>
    internal sealed class SchemaText : IEquatable<SchemaText>
    {
        public SchemaText(string path, SourceText? text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        /// <summary>Null when the host could not read the file.</summary>
        public SourceText? Text { get; }

        public bool Equals(SchemaText? other) =>
            other != null
            && Path == other.Path
            && (ReferenceEquals(Text, other.Text) || (Text != null && other.Text != null && Text.ContentEquals(other.Text)));

        public override bool Equals(object? obj) => Equals(obj as SchemaText);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ (Text?.Length ?? -1);
    }
}
