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
    private readonly DuplicateIndex _duplicates;
    private readonly TextNormaliser _title = new();
    private readonly TextNormaliser _body = new();
    private readonly ArticleId _ids = new();
    private int? _bulletinYear;

    public ArticleAssembler(BulletinReadOptions? options)
    {
        _factory = options?.Factory ?? ArticleFactory.Create;
        _duplicates = options?.Duplicates ?? new DuplicateIndex();
    }

    public Article Assemble(ArticleDraft draft)
    {
        var body = _body.Body(draft);
        var id = _ids.Compute(_title.Text(draft.Title), body);
        var duplicateOf = _duplicates.FindOrAdd(body, draft.IsTruncated, id);
        var context = new ExtractionContext(draft, id, duplicateOf, _bulletinYear)
        {
            DuplicateKind = duplicateOf is null ? null : _duplicates.KindOf(duplicateOf),
        };
        var article = _factory(context);
        _duplicates.RememberKind(id, article.Kind);

        // The latest year the bulletin's own dates give, for day-and-month dates further on.
        foreach (var date in article.Dates)
        {
            if (_bulletinYear is not { } year || date.End.Year > year) _bulletinYear = date.End.Year;
        }
        return article;
    }
}
