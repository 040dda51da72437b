using Bulletins.Reading;
using Bulletins.Tests.Reading;

namespace Bulletins.Tests.Hardening;

/// <summary>Whatever one article's text holds, the articles after it are read, and a failure is a located problem.</summary>
public class NoInputStopsTheStreamTests
{
    private static string Bulletin(params string[] bodies) =>
        string.Concat(bodies.Select((body, i) => $"Title number {i + 1}\n\nSource: Europol\n\n{body}\n\n"));

    [Theory]
    [InlineData("Officers seized 100 200 300 400 500 600 700 800 900 100 kilograms of cocaine.")]
    [InlineData("The damage came to 1,000,000,000,000,000,000,000,000,000,000 euros.")]
    [InlineData("The fraud cost EUR 99999999999999999999999999999 billion.")]
    [InlineData("It cost €9999999999999999999999999999bn in all.")]
    public void AnOrdinaryBodyWithHugeNumbersIsReadAndSoIsTheNextArticle(string body)
    {
        var result = TestReading.FromText(Bulletin(body, "Police arrested 12 suspects in Spain."));

        Assert.Equal(2, result.Articles.Count);
        Assert.Empty(result.Errors);
        Assert.Equal(["Police arrested 12 suspects in Spain."], result.Articles[1].Paragraphs);
        Assert.Equal(["Spain"], result.Articles[1].Countries);
    }

    [Fact]
    public void AThrowingExtractorBecomesAProblemWithFileAndLineAndReadingGoesOn()
    {
        var problems = new List<BulletinProblem>();
        var options = new BulletinReadOptions
        {
            OnProblem = problems.Add,
            Factory = context => context.Draft.Title.EndsWith('2') ? throw new InvalidOperationException("extractor bug") : ArticleFactory.Create(context),
        };
        var text = Bulletin("Police arrested 12 suspects in Spain.", "Police arrested 7 suspects in Spain on 3 May 2024.", "A third one.");

        var articles = global::Bulletins.Bulletin.Read(new StringReader(text), "three.txt", options).ToList();

        Assert.Equal(["Title number 1", "Title number 2", "Title number 3"], articles.Select(a => a.Title));
        var failed = articles[1];
        Assert.Equal(["Police arrested 7 suspects in Spain on 3 May 2024."], failed.Paragraphs);
        Assert.Equal(ArticleSchema.Kinds.Single(k => k.IsFallback).Name, failed.Kind);
        Assert.Empty(failed.Dates);
        Assert.Empty(failed.Countries);
        Assert.Equal(7, failed.Line);
        Assert.False(string.IsNullOrEmpty(failed.Id));
        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.ExtractionFailed, "three.txt", 7, 11), (problem.Code, problem.File, problem.Line, problem.EndLine));
        Assert.Contains("extractor bug", problem.Message);
    }

    [Fact]
    public void ThePushParserKeepsGoingPastAThrowingExtractorToo()
    {
        var problems = new List<BulletinProblem>();
        var parser = new BulletinParser("pushed", new BulletinReadOptions
        {
            OnProblem = problems.Add,
            Factory = context => context.Draft.Line == 1 ? throw new FormatException("bad") : ArticleFactory.Create(context),
        });

        var articles = parser.Push(Bulletin("One.", "Two.")).Concat(parser.Complete()).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal(ProblemCodes.ExtractionFailed, Assert.Single(problems).Code);
    }
}
