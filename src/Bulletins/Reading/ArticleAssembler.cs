using Bulletins.Extraction.Extractors.Dates;
using Bulletins.Extraction.Runtime;
using Bulletins.Extraction.Text;

namespace Bulletins.Reading;

/// <summary>
/// Turns drafts into typed articles, in file order: the stable id, the duplicate check, the
/// bulletin's date so far, then the factory (classification; the other fields are lazy). The work
/// that needs no order (<see cref="Prepare"/>: normal form, id, the duplicate digests, the date
/// grammar's findings, the built-in classifier) may run on worker threads; <see cref="Add(PreparedDraft)"/>
/// does the rest in file order on the caller's thread (the duplicate index, the bulletin's year,
/// problems reported). The duplicate index
/// remembers each article's record type so that a generated factory can give a repeat its original's kind:
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
    private readonly bool _builtInFactory;
    private int? _bulletinYear;
    private DateOnly? _bulletinDate;

    // Each worker thread normalises and hashes with its own reused buffers.
    [ThreadStatic] private static TextNormaliser? t_title;
    [ThreadStatic] private static TextNormaliser? t_body;
    [ThreadStatic] private static ArticleId? t_ids;

    /// <summary>How many drafts may wait for a full date from the articles after them.</summary>
    public const int MaxLookahead = 8;

    private readonly Queue<PreparedDraft> _waiting = new();
    private bool _lookaheadOver;

    public ArticleAssembler(BulletinReadOptions? options)
    {
        _factory = options?.Factory ?? ArticleFactory.Create;
        _builtInFactory = _factory == (Func<ExtractionContext, Article>)ArticleFactory.Create || options?.Factory is null;
        _duplicates = options?.Duplicates ?? new DuplicateIndex();
        _emptyArticle = options?.EmptyArticle ?? BuiltInEmptyArticle;
        _onProblem = options?.OnProblem;
    }

    /// <summary>
    /// The per-article work that depends on no other article, safe on any thread (one draft per call):
    /// the id, what the duplicate index compares, the segments, the date findings and, for the built-in
    /// factory, the kind the classifier gives. A failure here is left for <see cref="Add(PreparedDraft)"/>
    /// to meet again in order, where it is reported as it always was.
    /// </summary>
    public PreparedDraft Prepare(ArticleDraft draft)
    {
        var title = t_title ??= new TextNormaliser();
        var normaliser = t_body ??= new TextNormaliser();
        var ids = t_ids ??= new ArticleId();
        var body = normaliser.Body(draft);
        var id = ids.Compute(title.Text(draft.Title), body);
        var key = _duplicates.Prepare(body, ids.BodyUtf8, draft.IsTruncated);
        var context = new ExtractionContext(draft, id);
        List<(string Text, DateFinding Finding)>? findings = null;
        ArticleKind? kind = null;
        try
        {
            findings = DateExtractor.Find(context.Segments);
            if (_builtInFactory) kind = ArticleClassifier.Classify(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Met again, and reported, in order.
        }
        return new PreparedDraft(draft, id, key, context.Segments, findings, kind);
    }

    /// <summary>
    /// Takes the next draft and returns the articles now ready: none while a draft that has a day without a
    /// year waits for the bulletin's first full date (up to <see cref="MaxLookahead"/> drafts), else the held
    /// ones and this one, in file order.
    /// </summary>
    public IReadOnlyList<Article> Add(ArticleDraft draft) => Add(Prepare(draft));

    /// <inheritdoc cref="Add(ArticleDraft)"/>
    public IReadOnlyList<Article> Add(PreparedDraft prepared)
    {
        if (_lookaheadOver) return [Assemble(prepared)];
        var (latest, needsYear) = prepared.DateFindings is { } findings
            ? DateExtractor.Survey(findings)
            : DateExtractor.Survey(Extraction.Text.ArticleText.All(prepared.Draft));
        // Nothing waits and this one needs no year: out at once (`ConvertFrom-Bulletin` keeps its pace).
        if (_waiting.Count == 0 && !needsYear)
        {
            _lookaheadOver = latest is not null;
            return [Assemble(prepared)];
        }
        _waiting.Enqueue(prepared);
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

    /// <summary>An empty record of the built-in schema's fallback kind.</summary>
    private static Article BuiltInEmptyArticle() => (Article)Activator.CreateInstance(ArticleSchema.Kinds.First(static k => k.IsFallback).ClrType)!;

    private Article Assemble(PreparedDraft prepared)
    {
        var draft = prepared.Draft;
        var id = prepared.Id;
        var duplicateOf = _duplicates.FindOrAdd(prepared.DuplicateKey, id);
        var context = new ExtractionContext(draft, id, duplicateOf, _bulletinYear, _bulletinDate)
        {
            DuplicateRecordType = duplicateOf is null ? null : _duplicates.RecordTypeOf(duplicateOf),
        };
        context.KnowSegments(prepared.Segments);
        // The dates are the one mention read at once: the articles after this one need the bulletin's year
        // and date they give, exactly as full extraction finds them (one pass of the date grammar gives both).
        IReadOnlyList<Mentions.DateMention> dates = Collections.ValueList<Mentions.DateMention>.Empty;
        DateOnly? latest = null;
        try
        {
            var findings = prepared.DateFindings ?? DateExtractor.Find(context.Segments);
            dates = DateExtractor.FromFindings(findings, context.BulletinYear, context.BulletinDate);
            latest = DateExtractor.Survey(findings).Latest;
            context.KnowDates(dates);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Left to the article's lazy dates field, which records the failure among its warnings.
        }
        var article = CreateOrKeepText(context, prepared.Kind);
        _duplicates.RememberRecordType(id, article.GetType());
        ReadingContext.Remember(article, context);

        // The latest year the bulletin's own dates give, and its latest full date, for day-and-month dates further on.
        foreach (var date in dates)
        {
            if (_bulletinYear is not { } year || date.End.Year > year) _bulletinYear = date.End.Year;
        }
        if (latest is { } day && (_bulletinDate is null || day > _bulletinDate)) _bulletinDate = day;
        return article;
    }

    /// <summary>
    /// One article's text must never stop the stream: when classification or extraction throws, the
    /// article is kept with its base fields and no extracted ones, and the failure is a problem.
    /// A kind the worker classified already is used as the built-in factory would: a repeat keeps its original's.
    /// </summary>
    private Article CreateOrKeepText(ExtractionContext context, ArticleKind? classified)
    {
        try
        {
            if (classified is { } kind && _builtInFactory)
            {
                return ArticleFactory.Create(ArticleFactory.KindOf(context.DuplicateRecordType) ?? kind, context);
            }
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

/// <summary>A draft with the work that depends on no other article done (<see cref="ArticleAssembler.Prepare"/>).</summary>
internal sealed record PreparedDraft(
    ArticleDraft Draft,
    string Id,
    DuplicateIndex.DuplicateKey DuplicateKey,
    IReadOnlyList<TextSegment> Segments,
    List<(string Text, DateFinding Finding)>? DateFindings,
    ArticleKind? Kind);
