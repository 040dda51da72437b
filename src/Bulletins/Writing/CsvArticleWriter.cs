using System.Text;
using Bulletins.Schema;

namespace Bulletins.Writing;

/// <summary>
/// Writes flat CSV a spreadsheet opens (RFC 4180: comma separated, CRLF row ends, a cell with a
/// comma, quote or line break in double quotes with quotes doubled). One header: the base columns,
/// then the union of the fields of the kinds it was created for (see <see cref="CsvColumns"/>), each
/// kind's cells written by its generated <see cref="Article.WriteKindCells"/>. Lists are joined with
/// <c>; </c> (lists inside them with <c>, </c>, map entries as <c>key: value</c>); paragraphs with a
/// blank line, inside one quoted cell. A cell a spreadsheet would run as a formula (it starts with
/// <c>= + - @</c>, a tab or a CR, and is not a plain number) gets a leading <c>'</c> unless raw
/// cells are asked for: article text comes from anyone, and <c>=HYPERLINK(...)</c> in a title must
/// stay text (OWASP, "CSV injection").
/// </summary>
internal sealed class CsvArticleWriter : ArticleWriter
{
    private readonly bool _rawCells;
    private readonly CsvColumns _columns;
    private readonly string[] _baseCells = new string[Article.BaseCellCount];
    private readonly string[] _kindCells;
    private readonly string[] _ownCells;
    private readonly StringBuilder _cell = new();
    private bool _headerWritten;

    /// <summary>A writer whose kind columns are those of <paramref name="kinds"/>: the schemas the writer is for.</summary>
    public CsvArticleWriter(TextWriter output, bool ownsOutput, IEnumerable<KindInfo> kinds, bool rawCells = false) : base(output, ownsOutput)
    {
        _rawCells = rawCells;
        _columns = new CsvColumns(kinds);
        _kindCells = new string[_columns.KindColumns.Count];
        _ownCells = new string[_columns.MostFieldsOfAKind];
    }

    public override void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var slots = _columns.SlotsOf(article);
        EnsureHeader();

        Span<string> baseCells = _baseCells;
        article.WriteBaseCells(baseCells);
        for (int i = 0; i < baseCells.Length; i++) WriteCell(baseCells[i], first: i == 0);

        Array.Fill(_kindCells, "");
        var own = _ownCells.AsSpan(0, slots.Length);
        article.WriteKindCells(own);
        for (int i = 0; i < own.Length; i++) _kindCells[slots[i]] = own[i];
        foreach (var cell in _kindCells) WriteCell(cell);
        Output.Write("\r\n");
    }

    public override void Flush()
    {
        EnsureHeader();
        base.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        // An export of no articles is still a valid CSV: the header alone.
        if (disposing) EnsureHeader();
        base.Dispose(disposing);
    }

    private void EnsureHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        bool first = true;
        foreach (var name in BaseFields.CsvColumns.Concat(_columns.KindColumns))
        {
            WriteCell(name, first);
            first = false;
        }
        Output.Write("\r\n");
    }

    private void WriteCell(string value, bool first = false)
    {
        if (!first) Output.Write(',');
        if (!_rawCells && RunsAsFormula(value)) value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Output.Write(value);
            return;
        }
        _cell.Clear().Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        Output.Write(_cell);
    }

    /// <summary>True for a cell a spreadsheet would evaluate: a formula sign first, and not a plain number such as <c>-5</c> or <c>+1.5</c>.</summary>
    internal static bool RunsAsFormula(string value)
    {
        if (value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return false;
        if (value[0] is '=' or '@' or '\t' or '\r' || value.Length == 1) return true;
        var digits = value.AsSpan(1);
        int dot = digits.IndexOf('.');
        if (dot >= 0 && (dot == 0 || dot == digits.Length - 1 || digits[(dot + 1)..].Contains('.'))) return true;
        foreach (char c in digits)
        {
            if (c is not (>= '0' and <= '9' or '.')) return true;
        }
        return false;
    }

}
