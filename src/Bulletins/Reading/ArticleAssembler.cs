using Bulletins.Extraction;

namespace Bulletins.Reading;

/// <summary>
/// Turns drafts into typed articles, in file order: the stable id, the duplicate check, the
/// bulletin's year so far, then the factory (classification and extraction). The duplicate index
/// remembers each article's kind so that a generated factory can give a repeat its original's kind:
/// a reworded title must not turn an operation report into a news release.
/// </summary>
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

    public ArticleAssembler(BulletinReadOptions? options)
    {
        _factory = options?.Factory ?? ArticleFactory.Create;
        _duplicates = options?.Duplicates ?? new DuplicateIndex();
        _emptyArticle = options?.EmptyArticle ?? BuiltInEmptyArticle;
        _onProblem = options?.OnProblem;
    }

    /// <summary>An empty record of the built-in schema's fallback kind.</summary>
    private static Article BuiltInEmptyArticle() => (Article)Activator.CreateInstance(ArticleSchema.Kinds.First(static k => k.IsFallback).ClrType)!;

    public Article Assemble(ArticleDraft draft)
    {
        var body = _body.Body(draft);
        var id = _ids.Compute(_title.Text(draft.Title), body);
        var duplicateOf = _duplicates.FindOrAdd(body, draft.IsTruncated, id);
        var context = new ExtractionContext(draft, id, duplicateOf, _bulletinYear)
        {
            DuplicateKind = duplicateOf is null ? null : _duplicates.KindOf(duplicateOf),
        };
        var article = CreateOrKeepText(context);
        _duplicates.RememberKind(id, article.Kind);

        // The latest year the bulletin's own dates give, for day-and-month dates further on.
        foreach (var date in article.Dates)
        {
            if (_bulletinYear is not { } year || date.End.Year > year) _bulletinYear = date.End.Year;
        }
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
