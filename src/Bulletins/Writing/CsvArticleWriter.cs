using System.Text;
using Bulletins.Schema;

namespace Bulletins.Writing;

/// <summary>
/// Writes flat CSV a spreadsheet opens (RFC 4180: comma separated, CRLF row ends, a cell with a
/// comma, quote or line break in double quotes with quotes doubled). One header: the base columns,
/// then the union of all kinds' fields (see <see cref="CsvColumns"/>). Lists are joined with
/// <c>; </c> (lists inside them with <c>, </c>, map entries as <c>key: value</c>); paragraphs with a
/// blank line, inside one quoted cell. A cell a spreadsheet would run as a formula (it starts with
/// <c>= + - @</c>, a tab or a CR, and is not a plain number) gets a leading <c>'</c> unless raw
/// cells are asked for: article text comes from anyone, and <c>=HYPERLINK(...)</c> in a title must
/// stay text (OWASP, "CSV injection").
/// </summary>
internal sealed class CsvArticleWriter(TextWriter output, bool ownsOutput, bool rawCells = false) : ArticleWriter(output, ownsOutput)
{
    private const string ParagraphSeparator = "\n\n";

    private CsvColumns? _columns;
    private readonly string[] _baseCells = new string[Article.BaseCellCount];
    private readonly StringBuilder _cell = new();

    public override void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var columns = EnsureHeader(article.GetType());

        Span<string> baseCells = _baseCells;
        article.WriteBaseCells(baseCells);
        for (int i = 0; i < baseCells.Length; i++) WriteCell(baseCells[i], first: i == 0);
        foreach (var property in columns.PropertiesOf(article.GetType()))
        {
            WriteCell(property is null ? "" : Format(property.GetValue(article)));
        }
        Output.Write("\r\n");
    }

    public override void Flush()
    {
        EnsureHeader(null);
        base.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        // An export of no articles is still a valid CSV: the header alone.
        if (disposing) EnsureHeader(null);
        base.Dispose(disposing);
    }

    private CsvColumns EnsureHeader(Type? sample)
    {
        if (_columns is not null) return _columns;
        _columns = CsvColumns.For(sample);
        bool first = true;
        foreach (var name in BaseFields.CsvColumns.Concat(_columns.KindColumns))
        {
            WriteCell(name, first);
            first = false;
        }
        Output.Write("\r\n");
        return _columns;
    }

    private void WriteCell(string value, bool first = false)
    {
        if (!first) Output.Write(',');
        if (!rawCells && RunsAsFormula(value)) value = "'" + value;
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

    private static string Format(object? value) => FieldText.Format(value);
}
