using Bulletins.Extraction.Runtime;

namespace Bulletins.Reading;

/// <summary>
/// Turns drafts into typed articles, in file order: the stable id, the duplicate check, the
/// bulletin's date so far, then the factory (classification and extraction). The duplicate index
/// remembers each article's kind so that a generated factory can give a repeat its original's kind:
/// a reworded title must not turn an operation report into a news release.
/// </summary>
/// <remarks>
/// Days written without a year take the bulletin's date. Until some article gives a full date, a draft
/// with such a day is held back with the drafts after it, at most <see cref="MaxLookahead"/> of them, so
/// that it takes its year from the articles just after (a bulletin opens with a release that says only
/// `on 2 February`); every other article goes out as soon as the next one starts, as before.
/// </remarks>
internal sealed class ArticleAssembler
{
    private readonly Func<ExtractionContext, Article> _factory;
    private readonly Func<Article> _emptyArticle;
    private readonly Action<BulletinProblem>? _onProblem;
    private readonly DuplicateIndex _duplicates;
    private readonly TextNormaliser _title = new();
    private readonly TextNormaliser _body = new();
    private readonly ArticleId _ids = new();
    private int? _bulletinYear;
    private DateOnly? _bulletinDate;

    /// <summary>How many drafts may wait for a full date from the articles after them.</summary>
    public const int MaxLookahead = 8;

    private readonly Queue<ArticleDraft> _waiting = new();
    private bool _lookaheadOver;

    /// <summary>
    /// Takes the next draft and returns the articles now ready: none while a draft that has a day without a
    /// year waits for the bulletin's first full date (up to <see cref="MaxLookahead"/> drafts), else the held
    /// ones and this one, in file order.
    /// </summary>
    public IReadOnlyList<Article> Add(ArticleDraft draft)
    {
        if (_lookaheadOver) return [Assemble(draft)];
        var (latest, needsYear) = Extraction.Extractors.Dates.DateExtractor.Survey(Extraction.Text.ArticleText.All(draft));
        // Nothing waits and this one needs no year: out at once (`ConvertFrom-Bulletin` keeps its pace).
        if (_waiting.Count == 0 && !needsYear)
        {
            _lookaheadOver = latest is not null;
            return [Assemble(draft)];
        }
        _waiting.Enqueue(draft);
        _bulletinDate = latest;
        if (_bulletinDate is null && _waiting.Count < MaxLookahead) return [];
        _lookaheadOver = true;
        return Flush();
    }

    /// <summary>The held drafts as articles (at the end of the input, or once a date is known).</summary>
    public IReadOnlyList<Article> Flush()
    {
        if (_waiting.Count == 0) return [];
        var articles = new List<Article>(_waiting.Count);
        while (_waiting.TryDequeue(out var held)) articles.Add(Assemble(held));
        return articles;
    }

    public ArticleAssembler(BulletinReadOptions? options)
    {
        _factory = options?.Factory ?? ArticleFactory.Create;
        _duplicates = options?.Duplicates ?? new DuplicateIndex();
        _emptyArticle = options?.EmptyArticle ?? BuiltInEmptyArticle;
        _onProblem = options?.OnProblem;
    }

    /// <summary>An empty record of the built-in schema's fallback kind.</summary>
    private static Article BuiltInEmptyArticle() => (Article)Activator.CreateInstance(ArticleSchema.Kinds.First(static k => k.IsFallback).ClrType)!;

    private Article Assemble(ArticleDraft draft)
    {
        var body = _body.Body(draft);
        var id = _ids.Compute(_title.Text(draft.Title), body);
        var duplicateOf = _duplicates.FindOrAdd(body, draft.IsTruncated, id);
        var context = new ExtractionContext(draft, id, duplicateOf, _bulletinYear, _bulletinDate)
        {
            DuplicateKind = duplicateOf is null ? null : _duplicates.KindOf(duplicateOf),
        };
        var article = CreateOrKeepText(context);
        _duplicates.RememberKind(id, article.Kind);
        ReadingContext.Remember(article, context);

        // The latest year the bulletin's own dates give, and its latest full date, for day-and-month dates further on.
        foreach (var date in article.Dates)
        {
            if (_bulletinYear is not { } year || date.End.Year > year) _bulletinYear = date.End.Year;
        }
        if (Extraction.Extractors.Dates.DateExtractor.Survey(context.Segments).Latest is { } latest && (_bulletinDate is null || latest > _bulletinDate))
            _bulletinDate = latest;
        return article;
    }

    /// <summary>
    /// One article's text must never stop the stream: when classification or extraction throws, the
    /// article is kept with its base fields and no extracted ones, and the failure is a problem.
    /// </summary>
    private Article CreateOrKeepText(ExtractionContext context)
    {
        try
        {
            return _factory(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var draft = context.Draft;
            _onProblem?.Invoke(new BulletinProblem(ProblemCodes.ExtractionFailed, ProblemSeverity.Error, draft.File, draft.Line, draft.LastLine,
                $"extracting the article's fields failed ({ex.GetType().Name}: {ex.Message}); the article is kept with its text and empty fields", draft.Title));
            return _emptyArticle() with
            {
                Id = context.Id,
                Title = draft.Title,
                Source = draft.Source,
                File = draft.File,
                Line = draft.Line,
                LastLine = draft.LastLine,
                Paragraphs = draft.Paragraphs.Select(static p => p.Text).ToArray(),
                IsTruncated = draft.IsTruncated,
                DuplicateOf = context.DuplicateOf,
            };
        }
    }
}
