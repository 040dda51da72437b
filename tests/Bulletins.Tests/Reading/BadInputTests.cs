using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>Bad input gives a <see cref="BulletinProblem"/> with a code and lines, never an exception from inside.</summary>
public class BadInputTests
{
    [Fact]
    public void EmptyFile()
    {
        var result = FromBytes([]);
        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.EmptyInput, ProblemSeverity.Error, "test.txt", 0), (problem.Code, problem.Severity, problem.File, problem.Line));
    }

    [Fact]
    public void BlankLinesOnlyIsEmpty()
    {
        var result = FromText("\n \n\u00A0\r\n\t\n");
        Assert.Empty(result.Articles);
        Assert.Equal(ProblemCodes.EmptyInput, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void BinaryFileIsOneProblemCoveringEveryLine()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x0A, 0x41, 0x42, 0x0A, 0x43];
        var result = FromBytes(bytes);
        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BinaryData, ProblemSeverity.Error, 1, 6), (problem.Code, problem.Severity, problem.Line, problem.EndLine));
        Assert.Contains("binary", problem.Message);
    }

    [Fact]
    public void Utf16WithoutBomIsReportedAsBinary()
    {
        var bytes = System.Text.Encoding.Unicode.GetBytes(SampleBulletin.Text);
        var result = FromBytes(bytes);
        Assert.Empty(result.Articles);
        Assert.Equal(ProblemCodes.BinaryData, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void NulCharactersLaterInTheFileLeaveOnlyThatLineOut()
    {
        // Past the binary check at the start: the damaged line is reported, the rest is read.
        var filler = string.Concat(Enumerable.Repeat(SampleBulletin.Text + "\n", 40));
        var text = filler + "Damaged article\n\nSource: NATO\n\nFirst line.\nBroken \0\0 line\nLast line.\n";
        var result = FromText(text);
        var last = result.Articles[^1];
        Assert.Equal("Damaged article", last.Title);
        Assert.Equal(["First line.", "Last line."], last.Paragraphs);
        var problem = Assert.Single(result.Problems);
        int brokenLine = filler.Count(c => c == '\n') + 6;
        Assert.Equal((ProblemCodes.BinaryData, brokenLine, brokenLine), (problem.Code, problem.Line, problem.EndLine));
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsLineAndTheTextIsKept()
    {
        byte[] bytes = [.. Utf8("Meeting in Brussels\n\nSource: NATO\n\nAllies met "), 0xC3, 0x28, 0xFF, .. Utf8(" today.\nSecond line.\n")];
        var result = FromBytes(bytes);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Allies met \uFFFD(\uFFFD today.\nSecond line.", Assert.Single(article.Paragraphs));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.InvalidEncoding, ProblemSeverity.Warning, 5, 5), (problem.Code, problem.Severity, problem.Line, problem.EndLine));
    }

    [Fact]
    public void AGenuineReplacementCharacterInValidUtf8IsNotAProblem()
    {
        var result = FromBytes(Utf8("Meeting in Brussels\n\nSource: NATO\n\nThe sign \uFFFD is valid.\n"));
        Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void TextWithoutAnyArticle()
    {
        var result = FromText("Dear colleagues,\n\nplease find the bulletin attached.\nRegards\n\n");
        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.NoArticle, ProblemSeverity.Error, 1, 4, "Dear colleagues,"), (problem.Code, problem.Severity, problem.Line, problem.EndLine, problem.Text));
    }

    [Fact]
    public void TextBeforeTheFirstArticle()
    {
        var result = FromText("BULLETIN 2025-06-04\nCompiled automatically.\n\n" + SampleBulletin.Text);
        Assert.Equal(SampleBulletin.Titles, result.Articles.Select(a => a.Title));
        Assert.Equal(SampleBulletin.TitleLines.Select(l => l + 3), result.Articles.Select(a => a.Line));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.TextBeforeFirstArticle, ProblemSeverity.Error, 1, 2, "BULLETIN 2025-06-04"), (problem.Code, problem.Severity, problem.Line, problem.EndLine, problem.Text));
    }

    [Fact]
    public void UnpunctuatedStrayLineBeforeTheFirstArticle()
    {
        var result = FromText("Daily bulletin\n\n" + SampleBulletin.Text);
        Assert.Equal(SampleBulletin.Titles, result.Articles.Select(a => a.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.TextBeforeFirstArticle, 1, 1), (problem.Code, problem.Line, problem.EndLine));
    }

    [Fact]
    public void CutOffMidParagraphKeepsWhatIsThere()
    {
        int cut = SampleBulletin.Text.IndexOf("Among friends", StringComparison.Ordinal) + 5;
        var result = FromText(SampleBulletin.Text[..cut]);
        Assert.Equal(SampleBulletin.Titles.Take(2), result.Articles.Select(a => a.Title));
        Assert.Equal(["Good morning.", "It is good to be back in Riga,\nAmong"], result.Articles[1].Paragraphs);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void CutOffRightAfterTheSourceLineIsAnArticleWithoutBody()
    {
        int cut = SampleBulletin.Text.IndexOf("Source: Eurojust", StringComparison.Ordinal) + "Source: Eurojust".Length;
        var result = FromText(SampleBulletin.Text[..cut]);
        Assert.Equal(SampleBulletin.Titles, result.Articles.Select(a => a.Title));
        Assert.Empty(result.Articles[2].Paragraphs);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.EmptyBody, ProblemSeverity.Warning, 21, 23), (problem.Code, problem.Severity, problem.Line, problem.EndLine));
    }

    [Fact]
    public void CutOffAfterATitleLeavesTheTitleAsTheLastParagraph()
    {
        // Without its Source line a title cannot be told from a one-line paragraph; it is kept, not lost.
        int cut = SampleBulletin.Text.IndexOf("Source: Eurojust", StringComparison.Ordinal);
        var result = FromText(SampleBulletin.Text[..cut]);
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("Eurojust coordinates action against VAT fraud network", result.Articles[1].Paragraphs[^1]);
    }

    [Fact]
    public void AnEnormousLineIsReportedNotHeld()
    {
        var text = SampleBulletin.Text + "\n" + new string('x', 3_000_000) + "\n\n" + SampleBulletin.Text;
        foreach (var result in new[] { FromText(text), FromBytes(Utf8(text)) })
        {
            Assert.Equal([.. SampleBulletin.Titles, .. SampleBulletin.Titles], result.Articles.Select(a => a.Title));
            Assert.Equal(result.Articles[2].Paragraphs, result.Articles[5].Paragraphs);
            var problem = Assert.Single(result.Problems);
            Assert.Equal((ProblemCodes.LineTooLong, ProblemSeverity.Error, 27, 27), (problem.Code, problem.Severity, problem.Line, problem.EndLine));
            Assert.StartsWith("xxxx", problem.Text);
        }
    }
}
