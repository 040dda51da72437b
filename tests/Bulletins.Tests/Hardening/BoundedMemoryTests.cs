using Bulletins.Reading;

namespace Bulletins.Tests.Hardening;

/// <summary>Paragraphs and articles have a size limit, as lines do: past it the text is split or reported, never silently dropped.</summary>
public class BoundedMemoryTests
{
    private static readonly string Line = new('x', 999);

    private static IEnumerable<string> Header(string title)
    {
        yield return title;
        yield return "";
        yield return "Source: Europol";
        yield return "";
    }

    private static (List<Article> Articles, List<BulletinProblem> Problems) Read(IEnumerable<string> lines)
    {
        var problems = new List<BulletinProblem>();
        var articles = Bulletin.ReadDrafts(new LineSequenceReader(lines), "big.txt", problems.Add)
            .Select(d => (Article)new NewsRelease { Title = d.Title, Line = d.Line, LastLine = d.LastLine, Paragraphs = d.Paragraphs.Select(p => p.Text).ToArray() })
            .ToList();
        return (articles, problems);
    }

    [Fact]
    public void AParagraphPastTheLimitIsSplitWithAWarningAndKeepsEveryLine()
    {
        int lines = BulletinSegmenter.MaxParagraphLength / 1000 + 500;
        var (articles, problems) = Read(Header("One long paragraph").Concat(Enumerable.Repeat(Line, lines)).Append("").Concat(Header("Next article")).Append("Body."));

        Assert.Equal(2, articles.Count);
        var paragraphs = articles[0].Paragraphs;
        Assert.Equal(2, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.True(p.Length <= BulletinSegmenter.MaxParagraphLength));
        Assert.Equal(lines, paragraphs.Sum(p => p.Split('\n').Length));
        var warning = Assert.Single(problems);
        Assert.Equal((ProblemCodes.ParagraphTooLong, ProblemSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(5 + BulletinSegmenter.MaxParagraphLength / 1000, warning.Line);
    }

    [Fact]
    public void AnArticlePastTheLimitEndsThereAndTheRestUpToTheNextArticleIsOneLocatedError()
    {
        // Paragraphs of 100 lines (100 000 characters) separated by blank lines: no paragraph limit, only the article's.
        var body = Enumerable.Range(0, BulletinSegmenter.MaxArticleLength / 100_000 + 20)
            .SelectMany(_ => Enumerable.Repeat(Line, 100).Append(""));
        var lines = Header("A huge article").Concat(body).Concat(Header("Next article")).Append("Body.").ToList().AsEnumerable();
        int total = lines.Count();

        var (articles, problems) = Read(lines);

        Assert.Equal(["A huge article", "Next article"], articles.Select(a => a.Title));
        Assert.True(articles[0].Paragraphs.Sum(p => p.Length) <= BulletinSegmenter.MaxArticleLength);
        var error = Assert.Single(problems);
        Assert.Equal((ProblemCodes.ArticleTooLong, ProblemSeverity.Error), (error.Code, error.Severity));
        // Every non-blank line is in an article or in the error: the error starts right after the first article.
        Assert.Equal(articles[0].LastLine + 1, error.Line);
        Assert.Equal(articles[1].Line - 2, error.EndLine);
        Assert.Equal(total, articles[1].LastLine);
    }

    [Fact]
    public void AnArticleCutAtTheLimitAtTheEndOfTheInputNamesTheLinesLeftOut()
    {
        var body = Enumerable.Range(0, BulletinSegmenter.MaxArticleLength / 100_000 + 3).SelectMany(_ => Enumerable.Repeat(Line, 100).Append(""));

        var (articles, problems) = Read(Header("A huge article").Concat(body));

        Assert.Single(articles);
        var error = Assert.Single(problems);
        Assert.Equal(ProblemCodes.ArticleTooLong, error.Code);
        Assert.Equal(articles[0].LastLine + 1, error.Line);
    }
}
