using Bulletins.Reading;
using FsCheck.Xunit;

namespace Bulletins.Tests.Reading.Properties;

/// <summary>
/// Properties over generated bulletins with noise (docs/format.md, "Nothing is lost"): every
/// non-blank line is in exactly one article or exactly one error, with its text intact.
/// </summary>
public class NothingLostProperties
{
    [Property(Arbitrary = [typeof(BulletinArbitraries)], MaxTest = 300)]
    public void EveryNonBlankLineIsInExactlyOneArticleOrError(GeneratedBulletin bulletin)
    {
        var problems = new List<BulletinProblem>();
        var drafts = Bulletin.ReadDrafts(new StringReader(bulletin.Text), "generated.txt", problems.Add).ToList();
        var lines = bulletin.Lines();
        var claims = new int[lines.Count + 1];

        void Claim(int line, string expectedText, string actualText)
        {
            Assert.InRange(line, 1, lines.Count);
            Assert.Equal(expectedText, actualText);
            claims[line]++;
        }

        foreach (var draft in drafts)
        {
            Claim(draft.Line, lines[draft.Line - 1].Trim().Trim('\uFEFF'), draft.Title);
            Assert.InRange(draft.SourceLine, draft.Line + 2, lines.Count);
            for (int blank = draft.Line + 1; blank < draft.SourceLine; blank++)
            {
                Assert.True(string.IsNullOrWhiteSpace(lines[blank - 1]), "only blank lines between the title and the Source line");
            }
            // "Source: NATO", or "Source:" alone (a file cut off there: an empty Source, BLT010).
            Claim(draft.SourceLine, lines[draft.SourceLine - 1].TrimEnd(), draft.Source.Length > 0 ? "Source: " + draft.Source : "Source:");
            foreach (var paragraph in draft.Paragraphs)
            {
                var paragraphLines = paragraph.Text.Split('\n');
                for (int i = 0; i < paragraphLines.Length; i++)
                {
                    Claim(paragraph.Line + i, lines[paragraph.Line + i - 1].TrimEnd(), paragraphLines[i]);
                }
            }
            Assert.Equal(draft.Paragraphs.Count > 0 ? LastLineOf(draft.Paragraphs[^1]) : draft.SourceLine, draft.LastLine);
        }

        foreach (var error in problems.Where(p => p.Severity == ProblemSeverity.Error && p.Line > 0 && !ProblemCodes.KeepsLinesInArticle(p.Code)))
        {
            for (int line = error.Line; line <= error.EndLine; line++)
            {
                if (!string.IsNullOrWhiteSpace(lines[line - 1])) claims[line]++;
            }
        }

        for (int line = 1; line <= lines.Count; line++)
        {
            int expected = string.IsNullOrWhiteSpace(lines[line - 1]) ? 0 : 1;
            Assert.True(claims[line] == expected, $"line {line} \"{lines[line - 1]}\" is claimed {claims[line]} times");
        }
    }

    [Property(Arbitrary = [typeof(BulletinArbitraries)], MaxTest = 300)]
    public void AnUncutBulletinReadsAsItsModel(GeneratedBulletin bulletin)
    {
        if (bulletin.IsCut) return;
        var problems = new List<BulletinProblem>();
        var drafts = Bulletin.ReadDrafts(new StringReader(bulletin.Text), "generated.txt", problems.Add).ToList();

        Assert.Equal(bulletin.Articles.Select(a => a.Title), drafts.Select(d => d.Title));
        Assert.Equal(bulletin.Articles.Select(a => a.Source), drafts.Select(d => d.Source));
        Assert.Equal(
            bulletin.Articles.Select(a => a.Paragraphs.Select(p => string.Join('\n', p.Select(l => l.TrimEnd())))),
            drafts.Select(d => d.Paragraphs.Select(p => p.Text)));

        var expectedCodes = new List<string>();
        if (bulletin.Articles.Count == 0) expectedCodes.Add(bulletin.StrayLines.Count > 0 ? ProblemCodes.NoArticle : ProblemCodes.EmptyInput);
        else if (bulletin.StrayLines.Count > 0) expectedCodes.Add(ProblemCodes.TextBeforeFirstArticle);
        expectedCodes.AddRange(bulletin.Articles.Where(a => a.Paragraphs.Count == 0).Select(_ => ProblemCodes.EmptyBody));
        // The headline heuristic (BLT011) and the warning on a Source line under a title-like line that
        // names no source (BLT015: a citation, or an agency named at length?) judge what a writer meant,
        // which the model does not say; their own tests cover them.
        Assert.Equal(expectedCodes.Order(), problems.Select(p => p.Code)
            .Where(c => c != ProblemCodes.TitleWithoutSource && c != ProblemCodes.UnreadableSource).Order());
    }

    [Property(Arbitrary = [typeof(BulletinArbitraries)], MaxTest = 200)]
    public void PushParserInAnyChunksEqualsThePullReader(GeneratedBulletin bulletin)
    {
        var pulled = TestReading.FromText(bulletin.Text, "generated.txt");
        var pushed = TestReading.Pushed(bulletin.Text, bulletin.ChunkSizes, "generated.txt");
        Assert.Equal(pulled.Articles, pushed.Articles);
        Assert.Equal(pulled.Problems, pushed.Problems);
    }

    private static int LastLineOf(Paragraph paragraph) => paragraph.Line + paragraph.Text.Count(c => c == '\n');
}
