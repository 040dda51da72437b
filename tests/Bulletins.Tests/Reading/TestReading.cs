using System.Text;
using Bulletins.Reading;
using Bulletins.Testing;

namespace Bulletins.Tests.Reading;

/// <summary>Reads test input and collects both the articles and the problems reported.</summary>
internal static class TestReading
{
    public static string SeedPath => Fixtures.Seed;

    public static string BulletinPath(string fileName) => Fixtures.Project("Reading", "Bulletins", fileName);

    public static ReadResult FromText(string text, string name = "test.txt")
    {
        var problems = new List<BulletinProblem>();
        var articles = Bulletin.Read(new StringReader(text), name, new BulletinReadOptions { OnProblem = problems.Add }).ToList();
        return new ReadResult(articles, problems);
    }

    public static ReadResult FromBytes(byte[] bytes, string name = "test.txt", Encoding? encoding = null)
    {
        var problems = new List<BulletinProblem>();
        var options = new BulletinReadOptions { OnProblem = problems.Add, Encoding = encoding };
        var articles = Bulletin.Read(new MemoryStream(bytes), name, options).ToList();
        return new ReadResult(articles, problems);
    }

    public static ReadResult FromFile(string path)
    {
        var problems = new List<BulletinProblem>();
        var articles = Bulletin.Read(path, new BulletinReadOptions { OnProblem = problems.Add }).ToList();
        return new ReadResult(articles, problems);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text pushed to a <see cref="BulletinParser"/> in chunks of these sizes (cycled), as a caller of the push API would.</summary>
    public static ReadResult Pushed(string text, IReadOnlyList<int> chunkSizes, string name = "test.txt")
    {
        var problems = new List<BulletinProblem>();
        var parser = new BulletinParser(name, new BulletinReadOptions { OnProblem = problems.Add });
        var articles = new List<Article>();
        for (int position = 0, i = 0; position < text.Length; i++)
        {
            int size = Math.Min(chunkSizes[i % chunkSizes.Count], text.Length - position);
            articles.AddRange(parser.Push(text.Substring(position, size)));
            position += size;
        }
        articles.AddRange(parser.Complete());
        return new ReadResult(articles, problems);
    }
}

internal sealed record ReadResult(List<Article> Articles, List<BulletinProblem> Problems)
{
    public IEnumerable<BulletinProblem> Errors => Problems.Where(static p => p.Severity == ProblemSeverity.Error);
}
