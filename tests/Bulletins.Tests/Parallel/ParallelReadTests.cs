using Bulletins.Testing;
using Bulletins.Reading;
using Bulletins.Tests.Reading;

namespace Bulletins.Tests.Parallel;

/// <summary>Bulletin.Read on several threads gives what one thread gives: the same articles, fields, order and problems.</summary>
public sealed class ParallelReadTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string> { TestReading.SeedPath };
        foreach (var file in Directory.EnumerateFiles(Fixtures.Project("Reading", "Bulletins"), "*.txt").Order()) data.Add(file);
        return data;
    }

    private static (List<Article> Articles, List<BulletinProblem> Problems) Read(string path, int threads, bool extractAll)
    {
        var problems = new List<BulletinProblem>();
        int reader = Environment.CurrentManagedThreadId;
        var articles = Bulletin.Read(path, new BulletinReadOptions
        {
            OnProblem = p => { Assert.Equal(reader, Environment.CurrentManagedThreadId); problems.Add(p); },
            MaxDegreeOfParallelism = threads,
            ExtractAllFields = extractAll,
        }).ToList();
        return (articles, problems);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void SeveralThreadsReadTheSameArticlesInTheSameOrderWithTheSameProblems(string path)
    {
        var one = Read(path, 1, extractAll: false);
        var lazy = Read(path, 4, extractAll: false);
        var eager = Read(path, 4, extractAll: true);

        Assert.NotEmpty(one.Articles);
        Assert.Equal(one.Articles, lazy.Articles);  // value equality reads every field
        Assert.Equal(one.Articles, eager.Articles);
        Assert.Equal(one.Problems, lazy.Problems);
        Assert.Equal(one.Problems, eager.Problems);
    }

    [Fact]
    public void RepeatsKeepTheirOriginalsKindAndIdOnSeveralThreads()
    {
        var text = string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"Police arrest {i + 2} suspects in operation {i}\n\nSource: Europol\n\nPolice arrested {i + 2} suspects and seized EUR {i + 1} million in an action day number {i}.\n\n" +
            $"Update: the week in review {i}\n\nSource: Europol\n\nPolice arrested {i + 2} suspects and seized EUR {i + 1} million in an action day number {i}.\n\n"));
        var path = Path.Combine(Path.GetTempPath(), $"bulletins-parallel-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var articles = Read(path, 3, extractAll: true).Articles;
            Assert.Equal(80, articles.Count);
            for (int i = 0; i < 80; i += 2)
            {
                Assert.Equal(articles[i].Id, articles[i + 1].DuplicateOf);
                Assert.Equal(articles[i].Kind, articles[i + 1].Kind);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
