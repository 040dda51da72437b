using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Bulletins.Tests.Reading.Properties;

/// <summary>One article of a generated bulletin: what the reader should find when nothing is cut off.</summary>
public sealed record ModelArticle(string Title, string Source, IReadOnlyList<IReadOnlyList<string>> Paragraphs);

/// <summary>
/// A bulletin built from a model (stray lines, articles, citations inside bodies) and rendered
/// with noise: random line ends per line, blank-line variants, trailing whitespace after titles
/// and Source lines, with or without a final line end, optionally cut off anywhere.
/// </summary>
public sealed record GeneratedBulletin(
    IReadOnlyList<string> StrayLines,
    IReadOnlyList<ModelArticle> Articles,
    int[] LineEnds,
    int[] Blanks,
    int[] Trails,
    bool FinalLineEnd,
    int? CutPermille,
    int[] ChunkSizes)
{
    private static readonly string[] LineEndStyles = ["\n", "\r\n", "\r"];
    // A blank line, or two of them ("\n" splits into two lines when rendered).
    private static readonly string[] BlankStyles = ["", "", " ", "\u00A0", "\t", " \u00A0 ", "\n", " \n\u00A0"];
    private static readonly string[] TrailStyles = ["", "", " ", "  ", "\u00A0", " \t"];

    public bool IsCut => CutPermille is not null;

    /// <summary>The text the reader is given.</summary>
    public string Text => _text ??= Render();

    private string? _text;

    public override string ToString() =>
        $"{Articles.Count} articles, {StrayLines.Count} stray lines, cut: {CutPermille?.ToString() ?? "no"}, chunks: [{string.Join(",", ChunkSizes)}]\n" +
        Text.Replace("\r\n", "⏎␊\n").Replace("\r", "⏎\n").Replace("\u00A0", "⍽");

    private string Render()
    {
        var lines = new List<string>();
        int blanks = 0, trails = 0;
        string Blank() => BlankStyles[Blanks[blanks++ % Blanks.Length]];
        string Trail() => TrailStyles[Trails[trails++ % Trails.Length]];

        foreach (var stray in StrayLines)
        {
            lines.Add(stray);
            lines.AddRange(Blank().Split('\n'));
        }
        for (int a = 0; a < Articles.Count; a++)
        {
            var article = Articles[a];
            if (a > 0) lines.AddRange(Blank().Split('\n'));
            lines.Add(article.Title + Trail());
            lines.AddRange(Blank().Split('\n'));
            lines.Add("Source: " + article.Source + Trail());
            foreach (var paragraph in article.Paragraphs)
            {
                lines.AddRange(Blank().Split('\n'));
                lines.AddRange(paragraph);
            }
        }

        var text = new StringBuilder();
        string previousEnd = "";
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]);
            if (i == lines.Count - 1 && !FinalLineEnd) break;
            var end = LineEndStyles[LineEnds[i % LineEnds.Length]];
            // CR, then an empty line ending in LF, would be one CRLF: another text than the model says.
            if (previousEnd == "\r" && lines[i].Length == 0 && end == "\n") end = "\r\n";
            text.Append(end);
            previousEnd = end;
        }

        var rendered = text.ToString();
        return CutPermille is { } cut ? rendered[..(int)((long)rendered.Length * cut / 1000)] : rendered;
    }

    /// <summary>The lines of <see cref="Text"/>, split independently of the reader (1-based: index 0 is line 1).</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = System.Text.RegularExpressions.Regex.Split(Text, "\r\n|\r|\n").ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}

/// <summary>FsCheck generators for <see cref="GeneratedBulletin"/>.</summary>
public static class BulletinArbitraries
{
    private static readonly string[] Words =
    [
        "NATO", "Allies", "Europol", "investigators", "arrested", "suspects", "in", "the", "of", "and",
        "Secretary", "General", "meeting", "Ukraine’s", "defence", "“strong", "support”", "–", "EUR", "2.4",
        "million", "Geoană", "no-break\u00A0space", "Operation", "Atlas", "12", "countries", "Source", "focuseXXId",
    ];

    private static readonly string[] Sources = ["NATO", "Europol", "Eurojust", "European Commission", "Frontex"];

    private static Gen<string> Phrase(int min, int max) =>
        from count in Gen.Choose(min, max)
        from words in Gen.Elements(Words).ListOf(count)
        select string.Join(' ', words);

    /// <summary>A headline: no final <c>.</c> <c>,</c> <c>;</c> <c>:</c>, may end in <c>?</c> or a closing quote.</summary>
    private static Gen<string> Title =>
        from phrase in Phrase(2, 9)
        from end in Gen.Elements("", "", "?", "”", " 2025")
        select "Title " + phrase + end;

    /// <summary>A body line: sentence, clause, list item or short unpunctuated line.</summary>
    private static Gen<string> BodyLine =>
        from phrase in Phrase(1, 12)
        from shape in Gen.Elements("{0}.", "{0}.", "{0},", "{0}", "  • {0};", "It said {0}:", "{0}…")
        select string.Format(shape, phrase);

    private static Gen<IReadOnlyList<string>> Paragraph =>
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Choose(2, 4)))
        from lines in BodyLine.ListOf(count)
        select (IReadOnlyList<string>)lines;

    /// <summary>
    /// A body with citations as noise: <c>Source: Eurostat</c> directly under a paragraph line, or as
    /// a paragraph of its own after a sentence, or a citation whose name is not a name.
    /// </summary>
    private static Gen<IReadOnlyList<IReadOnlyList<string>>> Body =>
        from paragraphs in Paragraph.ListOf().Select(ps => ps.Take(6).ToList())
        from citations in Gen.Elements(0, 0, 0, 1, 2, 3).ArrayOf(paragraphs.Count)
        select (IReadOnlyList<IReadOnlyList<string>>)WithCitations(paragraphs, citations);

    private static List<IReadOnlyList<string>> WithCitations(List<IReadOnlyList<string>> paragraphs, int[] citations)
    {
        var body = new List<IReadOnlyList<string>>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            switch (citations[i])
            {
                case 1:
                    body.Add([.. paragraphs[i], "Source: Eurostat"]);
                    break;
                case 2:
                    // After a sentence: the line above ends with a full stop, so it cannot be a title.
                    body.Add([.. paragraphs[i].SkipLast(1), paragraphs[i][^1].TrimEnd('.', ',', ';', ':', '…') + "."]);
                    body.Add(["Source: Eurostat"]);
                    break;
                case 3:
                    body.Add(paragraphs[i]);
                    body.Add(["Source: Eurostat, 2024 edition"]);
                    break;
                default:
                    body.Add(paragraphs[i]);
                    break;
            }
        }
        return body;
    }

    private static Gen<ModelArticle> Article =>
        from title in Title
        from source in Gen.Elements(Sources)
        from body in Body
        select new ModelArticle(title, source, body);

    /// <summary>Stray lines before the first article (never <c>Source:</c> lines).</summary>
    private static Gen<string> StrayLine =>
        from phrase in Phrase(1, 6)
        from shape in Gen.Elements("{0}.", "{0}", "BULLETIN {0}")
        select string.Format(shape, phrase);

    public static Arbitrary<GeneratedBulletin> Bulletins()
    {
        var gen =
            from stray in Gen.Frequency((3, Gen.Constant(new List<string>())), (1, StrayLine.ListOf().Select(l => l.Take(3).ToList())))
            from articles in Article.ListOf().Select(a => a.Take(6).ToList())
            from lineEnds in Gen.Frequency((2, Gen.Constant(new[] { 0 })), (1, Gen.Constant(new[] { 1 })), (1, Gen.Constant(new[] { 2 })), (3, Gen.Choose(0, 2).ArrayOf(7)))
            from blanks in Gen.Choose(0, 7).ArrayOf(5)
            from trails in Gen.Choose(0, 5).ArrayOf(3)
            from finalLineEnd in Gen.Elements(true, false)
            from cut in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1000).Select(c => (int?)c)))
            from chunks in Gen.Choose(1, 40).ArrayOf(3)
            select new GeneratedBulletin(stray, articles, lineEnds, blanks, trails, finalLineEnd, cut, chunks);
        return gen.ToArbitrary();
    }
}
