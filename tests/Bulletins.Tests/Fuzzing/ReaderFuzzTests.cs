using Bulletins.Tests.Reading;
using System.Text;
using Bulletins.Reading;
using FsCheck.Xunit;

namespace Bulletins.Tests.Fuzzing;

/// <summary>
/// The fuzz run inside the normal test run (a few hundred inputs, seconds): over every mutated
/// input the byte reader, the text reader and the push parser never throw, extraction runs on every
/// article, every non-blank line is in an article or an error, and the push parser gives exactly
/// what the file reader gives, as does the async reader over a stream that refuses sync reads. BULLETINS_FUZZ_COUNT=100000 runs it longer (docs/reliability.md).
/// </summary>
public class ReaderFuzzTests
{
    public const int DefaultCount = 200;

    /// <summary>How many inputs a run tries: BULLETINS_FUZZ_COUNT, else a short run.</summary>
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("BULLETINS_FUZZ_COUNT"), out int n) && n > 0 ? n : DefaultCount;

    [Fact]
    public void The_corpus_is_there() => Assert.True(Directory.GetFiles(FuzzArbitraries.CorpusFolder).Length >= 4);

    [Fact]
    public void Reader_push_parser_and_extraction_hold_on_mutated_input() =>
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count), FsCheck.Fluent.Prop.ForAll(FuzzArbitraries.Inputs(), (Action<FuzzInput>)Check));

    private static void Check(FuzzInput input)
    {
        // The byte reader: detection, decoding, segmentation, extraction.
        var byteProblems = new List<BulletinProblem>();
        var fromBytes = Bulletin.Read(new MemoryStream(input.Bytes), "fuzz.txt", new BulletinReadOptions { OnProblem = byteProblems.Add }).ToList();
        Assert.DoesNotContain(byteProblems, p => p.Code == ProblemCodes.ExtractionFailed);

        // The async byte reader, over a stream that refuses sync reads and returns pieces of the chunk sizes: the same.
        var asyncProblems = new List<BulletinProblem>();
        var fromAsync = ReadAllAsync(new AsyncOnlyStream(input.Bytes, input.ChunkSizes[0]), new BulletinReadOptions { OnProblem = asyncProblems.Add });
        Assert.Equal(fromBytes, fromAsync);
        Assert.Equal(byteProblems, asyncProblems);

        // The same text through the pull reader and the push parser in chunks: the same articles and problems.
        var text = Encoding.UTF8.GetString(input.Bytes);
        var (pulled, pullProblems) = TestReading.FromText(text, "fuzz.txt");
        var (pushed, pushProblems) = TestReading.Pushed(text, input.ChunkSizes, "fuzz.txt");
        Assert.Equal(pulled, pushed);
        Assert.Equal(pullProblems, pushProblems);
        Assert.DoesNotContain(pullProblems, p => p.Code == ProblemCodes.ExtractionFailed);

        // Nothing lost: every non-blank line is in an article's span or an error's.
        var lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        var covered = new bool[lines.Length + 2];
        foreach (var article in pulled) Cover(covered, article.Line, article.LastLine);
        foreach (var error in pullProblems.Where(p => p.Severity == ProblemSeverity.Error && p.Line > 0)) Cover(covered, error.Line, error.EndLine);
        for (int line = 1; line <= lines.Length; line++)
        {
            if (!LineText.IsBlank(lines[line - 1]) && !lines[line - 1].Contains('\0')) Assert.True(covered[line], $"line {line} is in no article and no error: {lines[line - 1]}");
        }
    }

    private static List<Article> ReadAllAsync(Stream stream, BulletinReadOptions options) =>
        Task.Run(async () =>
        {
            var articles = new List<Article>();
            await foreach (var article in Bulletin.ReadAsync(stream, "fuzz.txt", options)) articles.Add(article);
            return articles;
        }).GetAwaiter().GetResult();

    private static void Cover(bool[] covered, int first, int last)
    {
        for (int line = Math.Max(first, 1); line <= last && line < covered.Length; line++) covered[line] = true;
    }
}
