using Bulletins.Writing;

namespace Bulletins.PowerShell.Writing;

/// <summary>
/// Runs a library writer into memory and hands back, per article, the text it wrote for it:
/// ConvertTo-Bulletin emits one string per article, as ConvertTo-Csv emits one per object.
/// </summary>
internal sealed class ArticleTextChunks : IDisposable
{
    private readonly StringWriter _buffer = new() { NewLine = "\n" };
    private readonly ArticleWriter _writer;

    public ArticleTextChunks(BulletinFormat format, bool rawCsvCells = false) => _writer = ArticleWriter.Create(format, _buffer, rawCsvCells: rawCsvCells);

    /// <summary>The text written for <paramref name="article"/>, without its final line end.</summary>
    public string Write(Article article)
    {
        _writer.Write(article);
        _writer.Flush();
        return Take();
    }

    /// <summary>Anything the writer still holds at the end (empty for the built-in formats).</summary>
    public string Finish()
    {
        _writer.Flush();
        return Take();
    }

    private string Take()
    {
        var builder = _buffer.GetStringBuilder();
        var text = builder.ToString().TrimEnd('\n', '\r');
        builder.Clear();
        return text;
    }

    public void Dispose() => _writer.Dispose();
}
