namespace Bulletins.Writing;

/// <summary>The formats articles can be written in.</summary>
public enum BulletinFormat
{
    /// <summary>The bulletin text format itself.</summary>
    Text,
    /// <summary>One JSON object per line, per the field contract in design.md.</summary>
    JsonLines,
    /// <summary>Flat columns a spreadsheet can open.</summary>
    Csv,
}

/// <summary>Writes articles one at a time to a text writer or a byte stream.</summary>
public abstract class ArticleWriter : IDisposable
{
    private readonly bool _ownsOutput;
    private bool _disposed;

    /// <summary>For the format writers: the output, and whether disposing the writer disposes it.</summary>
    protected ArticleWriter(TextWriter output, bool ownsOutput)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output = output;
        _ownsOutput = ownsOutput;
    }

    /// <summary>Where the articles go.</summary>
    protected TextWriter Output { get; }

    /// <summary>A writer for the format; it does not own <paramref name="output"/> unless told.</summary>
    /// <param name="format">The format.</param>
    /// <param name="output">Where the articles go.</param>
    /// <param name="ownsOutput">Whether disposing the writer disposes <paramref name="output"/>.</param>
    /// <param name="rawCsvCells">
    /// CSV only: write cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
    /// return as they are. By default such a cell (unless it is a plain number) gets a leading
    /// <c>'</c>, so that a spreadsheet shows it as text instead of running it as a formula.
    /// </param>
    /// <param name="kinds">
    /// CSV only: the kinds whose own fields get columns after the base columns (their union, in the
    /// order given), from generated schema metadata: the built-in schema's <see cref="ArticleSchema.Kinds"/>
    /// unless set. A program with a schema of its own passes its <c>ArticleSchema.Kinds</c> (concatenated
    /// with the built-in ones if it writes both); writing an article of any other kind throws
    /// <see cref="InvalidOperationException"/>, as its fields would have no column.
    /// </param>
    public static ArticleWriter Create(BulletinFormat format, TextWriter output, bool ownsOutput = false, bool rawCsvCells = false, IEnumerable<Schema.KindInfo>? kinds = null) => format switch
    {
        BulletinFormat.Text => new TextArticleWriter(output, ownsOutput),
        BulletinFormat.JsonLines => new JsonLinesArticleWriter(output, ownsOutput),
        BulletinFormat.Csv => new CsvArticleWriter(output, ownsOutput, kinds ?? ArticleSchema.Kinds, rawCsvCells),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown bulletin format."),
    };

    /// <summary>
    /// A writer for the format on a byte stream, in UTF-8 without a byte order mark unless
    /// <paramref name="byteOrderMark"/> asks for one; it does not own <paramref name="output"/> unless told.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="output">Where the bytes go, such as a file or an HTTP response body.</param>
    /// <param name="ownsOutput">Whether disposing the writer disposes <paramref name="output"/>.</param>
    /// <param name="rawCsvCells">CSV only: as in <see cref="Create(BulletinFormat, TextWriter, bool, bool, IEnumerable{Schema.KindInfo})"/>.</param>
    /// <param name="byteOrderMark">Start the output with the UTF-8 byte order mark (some spreadsheets want one to read CSV as UTF-8).</param>
    /// <param name="kinds">CSV only: the kinds whose columns the header has, as in the <see cref="TextWriter"/> overload.</param>
    public static ArticleWriter Create(BulletinFormat format, Stream output, bool ownsOutput = false, bool rawCsvCells = false, bool byteOrderMark = false, IEnumerable<Schema.KindInfo>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Enum.IsDefined(format)) throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown bulletin format.");
        // The text writer is always the article writer's own; the stream only when the caller says so.
        var text = new StreamWriter(output, byteOrderMark ? Utf8WithBom : Utf8, StreamBufferSize, leaveOpen: !ownsOutput);
        return Create(format, text, ownsOutput: true, rawCsvCells, kinds);
    }

    private const int StreamBufferSize = 64 * 1024;
    private static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly System.Text.Encoding Utf8WithBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes one article.</summary>
    public abstract void Write(Article article);

    /// <summary>Flushes what is buffered.</summary>
    public virtual void Flush() => Output.Flush();

    /// <summary>Finishes the format, flushes, and disposes the output when the writer owns it (see <see cref="Dispose(bool)"/>).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Flushes, then disposes the output if the writer owns it. Override to finish a format (call the base last).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing) return;
        _disposed = true;
        if (_ownsOutput) Output.Dispose();
        else Output.Flush();
    }
}
