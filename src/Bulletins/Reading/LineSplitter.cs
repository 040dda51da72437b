namespace Bulletins.Reading;

/// <summary>
/// Splits text that arrives in chunks of any size into lines for the <see cref="BulletinSegmenter"/>:
/// LF, CRLF and CR line ends (mixed too, and a CRLF split across two chunks), a last line without
/// a line end. Line ends are found with a vectorised <c>IndexOfAny</c>; a line is copied only when
/// it spans two chunks.
/// </summary>
internal sealed class LineSplitter
{
    /// <summary>A NUL within this many characters from the start makes the whole input binary.</summary>
    public const int BinarySniffLength = 8192;

    /// <summary>
    /// Longest line kept (1 Mi characters). A longer one is not bulletin text (a file without line
    /// ends, say): it is counted and reported, never held, so memory stays bounded on any input.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    private readonly BulletinSegmenter _segmenter;
    private readonly CharBuffer _carry = new(256);
    private bool _carryStarted;
    private bool _pendingCarriageReturn;
    private bool _lineHasNul;
    private bool _lineTooLong;
    private long _charsSeen;
    private int _lineNumber;

    public LineSplitter(BulletinSegmenter segmenter) => _segmenter = segmenter;

    /// <summary>
    /// Set once the decoder has replaced invalid bytes: from then on lines holding U+FFFD are
    /// reported. (Before that a U+FFFD is a character the file really holds.)
    /// </summary>
    public bool ReportReplacementCharacters { get; set; }

    /// <summary>Feeds a chunk; a chunk without a final line end continues in the next one.</summary>
    /// <remarks>
    /// A NUL within the first <see cref="BinarySniffLength"/> characters turns the input binary at
    /// the point where it stands, not when the chunk that holds it arrives: the push parser and the
    /// file reader then give the same result for the same text, however it is cut into chunks.
    /// </remarks>
    public void Feed(ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty) return;
        if (_charsSeen < BinarySniffLength && _charsSeen + chunk.Length > BinarySniffLength)
        {
            // The window ends inside this chunk: the held encoding warnings go out at that very
            // character, not at the chunk's end, so the order of problems does not depend on how
            // the input was cut into reads.
            int inWindow = (int)(BinarySniffLength - _charsSeen);
            Feed(chunk[..inWindow]);
            Feed(chunk[inWindow..]);
            return;
        }
        long chunkStart = _charsSeen;
        int chunkLength = chunk.Length;
        _charsSeen += chunk.Length;

        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            if (chunk[0] == '\n') chunk = chunk[1..];
        }

        SplitLines(chunk, chunkStart, chunkLength);
        if (_charsSeen >= BinarySniffLength) _segmenter.PassBinaryWindow();
    }

    private void SplitLines(ReadOnlySpan<char> chunk, long chunkStart, int chunkLength)
    {
        while (!chunk.IsEmpty)
        {
            int end = chunk.IndexOfAny('\r', '\n', '\0');
            if (end < 0)
            {
                Carry(chunk);
                return;
            }
            if (chunk[end] == '\0')
            {
                if (chunkStart + (chunkLength - chunk.Length) + end < BinarySniffLength) _segmenter.EnterBinaryMode();
                // Part of the line, not its end: note it and keep looking.
                _lineHasNul = true;
                Carry(chunk[..(end + 1)]);
                chunk = chunk[(end + 1)..];
                continue;
            }

            if (_carryStarted)
            {
                Carry(chunk[..end]);
                EmitCarry();
            }
            else if (end > MaxLineLength)
            {
                // A whole overlong line inside one chunk: the same as one that spans chunks.
                _lineTooLong = true;
                Emit(chunk[..MaxLineLength]);
            }
            else
            {
                Emit(chunk[..end]);
            }

            if (chunk[end] == '\r')
            {
                if (end + 1 == chunk.Length)
                {
                    _pendingCarriageReturn = true;
                    return;
                }
                if (chunk[end + 1] == '\n') end++;
            }
            chunk = chunk[(end + 1)..];
        }
    }

    /// <summary>Ends the current line (for input that arrives one line at a time, without line ends).</summary>
    public void EndLine()
    {
        _pendingCarriageReturn = false;
        if (_carryStarted) EmitCarry();
        else Emit([]);
    }

    /// <summary>Ends the input: a last line without a line end is still a line.</summary>
    public void End()
    {
        if (_carryStarted) EmitCarry();
        _segmenter.End();
    }

    private void Carry(ReadOnlySpan<char> part)
    {
        _carryStarted = true;
        // A binary input's "lines" are only counted, never read: do not let them grow the buffer.
        if (_segmenter.IsBinary || _lineTooLong) return;
        if (_carry.Length + part.Length > MaxLineLength)
        {
            _lineTooLong = true;
            return;
        }
        _carry.Append(part);
    }

    private void EmitCarry()
    {
        Emit(_carry.Span);
        _carry.Clear();
        _carryStarted = false;
    }

    private void Emit(ReadOnlySpan<char> line)
    {
        _lineNumber++;
        if (_lineTooLong)
        {
            _lineTooLong = false;
            _lineHasNul = false;
            _segmenter.AcceptOverlongLine(line, _lineNumber);
        }
        else if (_lineHasNul)
        {
            _lineHasNul = false;
            _segmenter.AcceptDamagedLine(line, _lineNumber);
        }
        else if (ReportReplacementCharacters && line.Contains('\uFFFD'))
        {
            _segmenter.AcceptLineWithInvalidBytes(line, _lineNumber);
        }
        else
        {
            _segmenter.AcceptLine(line, _lineNumber);
        }
    }
}
