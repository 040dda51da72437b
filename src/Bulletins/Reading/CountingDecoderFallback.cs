using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// Replaces invalid bytes with U+FFFD like the default fallback, and counts how often it did, so
/// the reader can tell an invalid file from one that really contains U+FFFD. It only runs on
/// invalid input: valid text keeps the decoder's vectorised fast path.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    public int Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending) return '\0';
            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_pending) return false;
            _pending = true;
            return true;
        }

        public override void Reset() => _pending = false;
    }
}
