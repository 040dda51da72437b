using System.Text;
using Bulletins.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// Nothing is lost on any QA bulletin: every non-blank input line is a title, a Source line or a
/// paragraph line of some article, or is named by a reported problem; and none is an error.
/// </summary>
public class EveryLineAccountedForTests
{
    public static TheoryData<string> Files => new(
        "nato-programmes-visits-meetings.txt", "europol-operations-crlf.txt", "eurojust-utf16.txt",
        "mixed-kinds.txt", "europol-cyber-takedown.txt", "nato-partners-no-final-newline.txt");

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryNonBlankLineIsInAnArticleOrAProblem(string fileName)
    {
        var result = Read(fileName);
        var accounted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in result.Articles)
        {
            accounted.Add(article.Title.Trim());
            accounted.Add($"Source: {article.Source}");
            foreach (var line in article.Paragraphs.SelectMany(static p => p.Split('\n')))
            {
                accounted.Add(line.Trim());
            }
        }

        var problemLines = result.Problems.SelectMany(static p => Enumerable.Range(p.Line, Math.Max(1, p.EndLine - p.Line + 1))).ToHashSet();
        var lost = InputLines(PathOf(fileName))
            .Select(static (line, index) => (Number: index + 1, Text: line.Trim([' ', '\t', '\u00A0'])))
            .Where(l => l.Text.Length > 0 && !accounted.Contains(l.Text) && !problemLines.Contains(l.Number))
            .ToList();
        Assert.Empty(lost);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NoLineIsAnError(string fileName) =>
        Assert.DoesNotContain(Read(fileName).Problems, static p => p.Severity == ProblemSeverity.Error);

    [Theory]
    [MemberData(nameof(Files))]
    public void NoParagraphKeepsACarriageReturnOrAByteOrderMark(string fileName)
    {
        var texts = Read(fileName).Articles.SelectMany(static a => a.Paragraphs.Append(a.Title)).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.DoesNotContain(text, c => c is '\r' or '\uFEFF'));
    }

    private static IEnumerable<string> InputLines(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
