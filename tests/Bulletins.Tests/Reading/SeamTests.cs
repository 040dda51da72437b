using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>
/// Where two bulletins meet without a line end or a blank line, and headers with a missing or
/// empty <c>Source:</c> line (docs/format.md, "Seams" and "Problems"): never two articles merged,
/// never a broken header read silently.
/// </summary>
public class SeamTests
{
    private const string First =
        "Coast guard rescues 40 people off Lampedusa\n\nSource: Frontex\n\n" +
        "The rescue took place on Sunday night.\n\nAll 40 people were brought to safety.";

    private const string Second =
        "Eurojust supports action against investment fraud in Austria\n\nSource: Eurojust\n\n" +
        "Investigators arrested four suspects.\n";

    [Fact]
    public void BulletinsGluedByteForByteAtAFinalSentenceSplitBeforeTheTitle()
    {
        var result = FromText(First + Second);

        Assert.Equal(["Coast guard rescues 40 people off Lampedusa", "Eurojust supports action against investment fraud in Austria"],
            result.Articles.Select(a => a.Title));
        Assert.Equal(["The rescue took place on Sunday night.", "All 40 people were brought to safety."], result.Articles[0].Paragraphs);
        Assert.Equal((7, 7), (result.Articles[0].LastLine, result.Articles[1].Line));
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.GluedTitle, ProblemSeverity.Warning, 7), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void AGlueInsideAMultiLineParagraphSplitsToo()
    {
        var speech = "Remarks by the Secretary General\n\nSource: NATO\n\nGood morning.\nThank you all for coming.";
        var result = FromText(speech + Second);

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal(["Good morning.\nThank you all for coming."], result.Articles[0].Paragraphs);
        Assert.Equal(ProblemCodes.GluedTitle, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ATitleDirectlyUnderASentenceStartsANewArticleWithoutAWarning()
    {
        // What Get-Content -Raw a.txt, b.txt gives when a.txt has no final newline.
        var result = FromText(First + "\n" + Second);

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal(["The rescue took place on Sunday night.", "All 40 people were brought to safety."], result.Articles[0].Paragraphs);
        Assert.Equal((7, 8), (result.Articles[0].LastLine, result.Articles[1].Line));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ATitleLikeLineUnderALineThatEndsNoSentenceStaysInTheBodyWithAWarning()
    {
        var text = "Remarks by the Secretary General\n\nSource: NATO\n\nThank you\nQuestions from the press\n\nSource: NATO\n\nMore text.\n";
        var result = FromText(text);

        var article = Assert.Single(result.Articles);
        Assert.Equal(["Thank you\nQuestions from the press", "Source: NATO", "More text."], article.Paragraphs);
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.UnclearSeam, ProblemSeverity.Warning, 6, 8), (warning.Code, warning.Severity, warning.Line, warning.EndLine));
        Assert.Equal("Questions from the press", warning.Text);
    }

    [Theory]
    [InlineData("Source:")]
    [InlineData("Source:   ")]
    public void AnEmptySourceLineIsAnErrorNamingItsLineAndTheArticleIsKept(string sourceLine)
    {
        var text = First + "\n\nEurojust supports action against investment fraud in Austria\n\n" + sourceLine + "\n\nInvestigators arrested four suspects.\n";
        var result = FromText(text, "week.txt");

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal(("Eurojust supports action against investment fraud in Austria", ""), (result.Articles[1].Title, result.Articles[1].Source));
        Assert.Equal(["Investigators arrested four suspects."], result.Articles[1].Paragraphs);
        var error = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.EmptySource, ProblemSeverity.Error, "week.txt", 11), (error.Code, error.Severity, error.File, error.Line));
    }

    [Fact]
    public void AHeadlineWithoutASourceLineIsAnErrorAndStaysInTheBody()
    {
        var text = First + "\n\nEurojust supports action against investment fraud in Austria\n\nInvestigators arrested four suspects.\n";
        var result = FromText(text, "week.txt");

        var article = Assert.Single(result.Articles);
        Assert.Equal(["The rescue took place on Sunday night.", "All 40 people were brought to safety.",
            "Eurojust supports action against investment fraud in Austria", "Investigators arrested four suspects."], article.Paragraphs);
        var error = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.TitleWithoutSource, ProblemSeverity.Error, 9), (error.Code, error.Severity, error.Line));
        Assert.Equal("Eurojust supports action against investment fraud in Austria", error.Text);
    }

    [Theory]
    [InlineData("Background")] // a short sub-heading
    [InlineData("Follow us on X: @NATO and @NATOPress for more news")] // a labelled line
    [InlineData("“We will not stop until the network is dismantled,” she said.”")] // a quote ending a sentence
    [InlineData("  • Spain: National Police and Guardia Civil officers")] // a list item
    // A paragraph cut before its full stop: two sentences, or more words than any headline has.
    [InlineData("Assets worth EUR 2 million were seized. The investigation continues with the support of Europol")]
    [InlineData("Officers from twelve countries searched forty premises and seized cash, jewellery, luxury cars, weapons and more than two hundred mobile phones during the week of action that followed the arrests of the two leaders in Madrid and Valencia")]
    public void LinesThatDoNotReadLikeHeadlinesAreNotReported(string line)
    {
        var result = FromText(First + "\n\n" + line + "\n\nInvestigators arrested four suspects.\n");

        Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void PushedLinesAndPulledTextGiveTheSameSeams()
    {
        var text = First + Second + "\n" + First + "\n\nOne more headline without any source line at all\n\nText.\n";
        var pulled = FromText(text);
        var problems = new List<BulletinProblem>();
        var parser = new BulletinParser("test.txt", new BulletinReadOptions { OnProblem = problems.Add });
        var pushed = text.Split('\n').SkipLast(1).SelectMany(parser.PushLine).ToList();
        pushed.AddRange(parser.Complete());

        Assert.Equal(pulled.Articles, pushed);
        Assert.Equal(pulled.Problems, problems);
        Assert.Equal([ProblemCodes.GluedTitle, ProblemCodes.TitleWithoutSource], problems.Select(p => p.Code));
    }
}
