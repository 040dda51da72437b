namespace Bulletins.Reading;

/// <summary>
/// Push-model reader for text that arrives in pieces (ConvertFrom-Bulletin: whole texts or single
/// lines from the pipeline). Returns each article as soon as the next one starts (at the start, one
/// with a day but no year may wait for a full date, up to 8 drafts; see ArticleAssembler). Shares its
/// segmentation core with <see cref="Bulletin.Read(Stream, string, BulletinReadOptions?)"/>, so
/// both give the same articles and the same problems for the same text.
/// </summary>
public sealed class BulletinParser
{
    private readonly BulletinSegmenter _segmenter;
    private readonly LineSplitter _splitter;
    private readonly ArticleAssembler _assembler;
    private bool _completed;

    /// <summary>A parser for one bulletin; push its text, then call <see cref="Complete"/>.</summary>
    /// <param name="name">The name problems and articles give as their file (a path, or a label such as <c>pipeline</c>).</param>
    /// <param name="options">The factory, problem handler and duplicate index to use; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public BulletinParser(string name, BulletinReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _segmenter = new BulletinSegmenter(name, options?.OnProblem);
        _splitter = new LineSplitter(_segmenter);
        _assembler = new ArticleAssembler(options);
    }

    /// <summary>Feeds a chunk of text (any size; a chunk without a final line end continues in the next one).</summary>
    public IReadOnlyList<Article> Push(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ThrowIfCompleted();
        _splitter.Feed(text);
        return Drain();
    }

    /// <summary>
    /// Feeds one whole line without its line end, as <c>Get-Content</c> emits them. Text pushed
    /// before without a final line end is the start of this line.
    /// </summary>
    public IReadOnlyList<Article> PushLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        ThrowIfCompleted();
        _splitter.Feed(line);
        _splitter.EndLine();
        return Drain();
    }

    /// <summary>Ends the input and returns the articles still pending.</summary>
    public IReadOnlyList<Article> Complete()
    {
        if (_completed) return [];
        _completed = true;
        _splitter.End();
        return [.. Drain(), .. _assembler.Flush()];
    }

    private IReadOnlyList<Article> Drain()
    {
        if (_segmenter.CompletedCount == 0) return [];
        var articles = new List<Article>(_segmenter.CompletedCount);
        while (_segmenter.TryDequeue(out var draft)) articles.AddRange(_assembler.Add(draft));
        return articles;
    }

    private void ThrowIfCompleted()
    {
        if (_completed) throw new InvalidOperationException("The parser has been completed; create a new one for more input.");
    }
}
