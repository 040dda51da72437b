using System;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Reads a <see cref="SourceText"/> as a stream of characters, without copying it into one string.</summary>
    internal sealed class SourceTextReader : TextReader
    {
        private readonly SourceText _text;
        private int _position;

        public SourceTextReader(SourceText text) => _text = text;

        public override int Peek() => _position < _text.Length ? _text[_position] : -1;

        public override int Read() => _position < _text.Length ? _text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int available = Math.Min(count, _text.Length - _position);
            if (available <= 0) return 0;
            _text.CopyTo(_position, buffer, index, available);
            _position += available;
            return available;
        }
    }
}
