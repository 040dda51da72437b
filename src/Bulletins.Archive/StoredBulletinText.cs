using System.Text;

namespace Bulletins.Archive;

/// <summary>
/// The stored articles of one file, in line order, as the bulletin text they came from, read lazily
/// from a query ordered by file and line (a file of a million articles is never held whole). Each
/// title is put back on its stored line (blank lines pad the gap), so the reader numbers lines as
/// the first read did and the articles are told apart by their line. Paragraphs are separated by
/// one blank line, as the archive keeps them; an article whose stored line is already passed (two
/// saves of one file name) follows after one blank line.
/// </summary>
internal sealed class StoredBulletinText : TextReader
{
    private readonly StoredRows _rows;
    private readonly Dictionary<int, StoredText> _byLine = [];
    private string _chunk = "";
    private int _at;
    private int _line = 1; // the line the next character written starts on

    public StoredBulletinText(StoredRows rows)
    {
        _rows = rows;
        File = rows.Current.File;
    }

    /// <summary>The file whose articles this text holds.</summary>
    public string File { get; }

    /// <summary>The stored article whose title is on this line of the text (once the reader has been given it).</summary>
    public StoredText? At(int line) => _byLine.GetValueOrDefault(line);

    /// <summary>The same, forgotten once taken: only the articles the reader holds stay in memory.</summary>
    public StoredText? Take(int line) => _byLine.Remove(line, out var row) ? row : null;

    public override int Peek() => Fill() ? _chunk[_at] : -1;

    public override int Read() => Fill() ? _chunk[_at++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.Length == 0 || !Fill()) return 0;
        int n = Math.Min(buffer.Length, _chunk.Length - _at);
        _chunk.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }

    private bool Fill()
    {
        if (_at < _chunk.Length) return true;
        if (!_rows.HasCurrent || _rows.Current.File != File) return false;
        var row = _rows.Current;
        _rows.MoveNext();
        var text = new StringBuilder();
        // A blank line ends the previous article; more pad up to the stored line.
        if (_line > 1) Append(text, "");
        while (_line < row.Line) Append(text, "");
        _byLine[_line] = row;
        foreach (var line in ArticleCodec.Text(row.Title, row.Source, row.Body).Split('\n')[..^1]) Append(text, line);
        _chunk = text.ToString();
        _at = 0;
        return true;
    }

    private void Append(StringBuilder text, string line)
    {
        text.Append(line).Append('\n');
        _line++;
    }
}
