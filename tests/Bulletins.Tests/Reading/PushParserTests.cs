using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>The push parser (ConvertFrom-Bulletin) gives what the pull reader gives, however the text is cut.</summary>
public class PushParserTests
{
    private static readonly string Seed = File.ReadAllText(SeedPath);

    public static TheoryData<string> Inputs => new()
    {
        SampleBulletin.Text,
        SampleBulletin.WithLineEnds("\r\n"),
        SampleBulletin.WithLineEnds("\r"),
        "Leading junk line\n\n" + SampleBulletin.Text.TrimEnd('\n'),
        Seed,
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void WholeTextGivesTheSameArticlesAsThePullReader(string text)
    {
        var expected = FromText(text);
        var (articles, problems) = Push(text, [text.Length]);
        Assert.Equal(expected.Articles, articles);
        Assert.Equal(expected.Problems, problems);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void OddChunksGiveTheSameArticles(string text)
    {
        var expected = FromText(text);
        foreach (int[] sizes in new[] { new[] { 1 }, new[] { 2 }, new[] { 3, 7, 13 }, new[] { 64, 1, 5 } })
        {
            var (articles, problems) = Push(text, sizes);
            Assert.Equal(expected.Articles, articles);
            Assert.Equal(expected.Problems, problems);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void LineByLineGivesTheSameArticles(string text)
    {
        // As Get-Content emits them: lines without their line ends.
        var expected = FromText(text);
        var problems = new List<BulletinProblem>();
        var parser = new BulletinParser("test.txt", new BulletinReadOptions { OnProblem = problems.Add });
        var articles = new List<Article>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[^1].Length == 0) lines = lines[..^1];
        foreach (var line in lines) articles.AddRange(parser.PushLine(line));
        articles.AddRange(parser.Complete());
        Assert.Equal(expected.Articles, articles);
        Assert.Equal(expected.Problems, problems);
    }

    [Fact]
    public void AnArticleIsReturnedAsSoonAsTheNextOneStarts()
    {
        var parser = new BulletinParser("test.txt");
        Assert.Empty(parser.PushLine("First article"));
        Assert.Empty(parser.PushLine(""));
        Assert.Empty(parser.PushLine("Source: NATO"));
        Assert.Empty(parser.PushLine(""));
        Assert.Empty(parser.PushLine("Body of the first."));
        Assert.Empty(parser.PushLine(""));
        Assert.Empty(parser.PushLine("Second article"));
        Assert.Empty(parser.PushLine(""));
        Assert.Empty(parser.PushLine("Source: Europol"));
        var first = Assert.Single(parser.PushLine(""));
        Assert.Equal("First article", first.Title);
        Assert.Equal(["Body of the first."], first.Paragraphs);
        Assert.Empty(parser.PushLine("Body of the second."));
        Assert.Equal("Second article", Assert.Single(parser.Complete()).Title);
    }

    [Fact]
    public void CrlfSplitAcrossChunksIsOneLineEnd()
    {
        var parser = new BulletinParser("test.txt");
        var articles = new List<Article>();
        foreach (var chunk in new[] { "Title\r", "\n\r", "\nSource: NATO\r", "\n\r", "\nBody.\r", "\n" }) articles.AddRange(parser.Push(chunk));
        articles.AddRange(parser.Complete());
        var article = Assert.Single(articles);
        Assert.Equal(["Body."], article.Paragraphs);
        Assert.Equal(5, article.LastLine);
    }

    [Fact]
    public void PushAfterCompleteIsRefused()
    {
        var parser = new BulletinParser("test.txt");
        parser.Complete();
        Assert.Throws<InvalidOperationException>(() => parser.Push("more"));
        Assert.Empty(parser.Complete());
    }

    private static (List<Article> Articles, List<BulletinProblem> Problems) Push(string text, int[] sizes)
    {
        var problems = new List<BulletinProblem>();
        var parser = new BulletinParser("test.txt", new BulletinReadOptions { OnProblem = problems.Add });
        var articles = new List<Article>();
        int position = 0;
        for (int i = 0; position < text.Length; i++)
        {
            int size = Math.Min(sizes[i % sizes.Length], text.Length - position);
            articles.AddRange(parser.Push(text.Substring(position, size)));
            position += size;
        }
        articles.AddRange(parser.Complete());
        return (articles, problems);
    }
}
