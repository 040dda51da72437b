using Bulletins.Extraction;
using Bulletins.Reading;

namespace Bulletins.Tests.Extraction.Support;

/// <summary>
/// A minimal segmenter for the extraction tests, so that they do not depend on the reader's state:
/// title line, blank, `Source: name`, blank, body paragraphs separated by blank (whitespace-only) lines.
/// The reader's own tests cover the format's corner cases; these only need well-formed bulletins.
/// </summary>
internal static class DraftReader
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, name.Contains('/') ? name : Path.Combine("Bulletins", name));

    public static List<ArticleDraft> ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

    public static List<ArticleDraft> Read(string text, string file = "test.txt")
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
        var drafts = new List<ArticleDraft>();
        int i = 0;
        while (i < lines.Length)
        {
            if (IsBlank(lines[i])) { i++; continue; }
            // An article starts where a line is followed by a blank and a Source: line.
            int titleLine = i;
            int s = i + 1;
            while (s < lines.Length && IsBlank(lines[s])) s++;
            if (s >= lines.Length || !lines[s].StartsWith("Source:", StringComparison.Ordinal))
                throw new InvalidDataException($"{file}:{i + 1}: expected a title followed by a Source: line");
            string source = lines[s]["Source:".Length..].Trim();
            int b = s + 1;
            var paragraphs = new List<Paragraph>();
            var current = new List<string>();
            int currentStart = 0, lastNonBlank = s;
            while (b < lines.Length)
            {
                if (IsBlank(lines[b]))
                {
                    Flush();
                    b++;
                    continue;
                }
                if (IsArticleStart(lines, b) && current.Count == 0) break;
                if (current.Count == 0) currentStart = b + 1;
                current.Add(lines[b].TrimEnd());
                lastNonBlank = b;
                b++;
            }
            Flush();
            bool truncated = paragraphs.Count > 0 && paragraphs[^1].Text.TrimEnd().EndsWith('…');
            drafts.Add(new ArticleDraft
            {
                File = file, Line = titleLine + 1, LastLine = lastNonBlank + 1, Title = lines[titleLine].Trim(),
                Source = source, Paragraphs = paragraphs, IsTruncated = truncated,
            });
            i = b;

            void Flush()
            {
                if (current.Count == 0) return;
                paragraphs.Add(new Paragraph(string.Join('\n', current), currentStart));
                current.Clear();
            }
        }
        return drafts;
    }

    public static List<ExtractionContext> Contexts(string name, int? bulletinYear = null) =>
        ReadFile(PathOf(name)).Select((d, k) => new ExtractionContext(d, $"{name}#{k}", null, bulletinYear)).ToList();

    public static ExtractionContext Context(string title, string source, params string[] paragraphs)
    {
        var list = new List<Paragraph>();
        int line = 5;
        foreach (var p in paragraphs)
        {
            list.Add(new Paragraph(p, line));
            line += p.Count(c => c == '\n') + 2;
        }
        var draft = new ArticleDraft
        {
            File = "inline.txt", Line = 1, LastLine = line - 2, Title = title, Source = source, Paragraphs = list,
            IsTruncated = list.Count > 0 && list[^1].Text.TrimEnd().EndsWith('…'),
        };
        return new ExtractionContext(draft, "inline");
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>A non-blank line, a blank line, then a `Source:` line: the next article's title.</summary>
    private static bool IsArticleStart(string[] lines, int i)
    {
        if (i == 0 || !IsBlank(lines[i - 1])) return false;
        int s = i + 1;
        if (s >= lines.Length || !IsBlank(lines[s])) return false;
        while (s < lines.Length && IsBlank(lines[s])) s++;
        return s < lines.Length && lines[s].StartsWith("Source:", StringComparison.Ordinal);
    }
}
