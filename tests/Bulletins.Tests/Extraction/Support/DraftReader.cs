using Bulletins.Extraction.Runtime;
using Bulletins.Reading;
using Bulletins.Testing;

namespace Bulletins.Tests.Extraction.Support;

/// <summary>
/// Extraction contexts for the tests: the articles of a test bulletin (through the library's reader),
/// or one article built inline from paragraphs (each paragraph two lines after the previous one, the
/// first on line 5, as the bulletin format would place them).
/// </summary>
internal static class DraftReader
{
    /// <summary>A file of this project's <c>Bulletins/</c> folder, or a seed named <c>seeds/&lt;file&gt;</c>.</summary>
    public static string PathOf(string name) =>
        name.StartsWith("seeds/", StringComparison.Ordinal) ? Fixtures.Shared(name.Split('/')) : Fixtures.Project("Bulletins", name);

    /// <summary>The articles of a test bulletin as the library's reader segments them, ready for extraction.</summary>
    public static List<ExtractionContext> Contexts(string name, int? bulletinYear = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return Bulletin.ReadDrafts(stream, name).Select((d, k) => new ExtractionContext(d, $"{name}#{k}", null, bulletinYear)).ToList();
    }

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
}
