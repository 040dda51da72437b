using Bulletins.Reading;

namespace Bulletins.Tests.Hardening;

/// <summary>The push parser and the file reader read every text alike, however it is cut into chunks.</summary>
public class PushEqualsPullTests
{
    private const string Header = "A title\n\nSource: Europol\n\n";

    /// <summary>The articles and problems of the pull reader (a UTF-8 stream) and of the push parser fed <paramref name="chunks"/>.</summary>
    internal static void AssertSame(params string[] chunks)
    {
        var text = string.Concat(chunks);
        var pullProblems = new List<BulletinProblem>();
        var pulled = Bulletin.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "same.txt", new BulletinReadOptions { OnProblem = pullProblems.Add }).ToList();

        var pushProblems = new List<BulletinProblem>();
        var parser = new BulletinParser("same.txt", new BulletinReadOptions { OnProblem = pushProblems.Add });
        var pushed = new List<Article>();
        foreach (var chunk in chunks) pushed.AddRange(parser.Push(chunk));
        pushed.AddRange(parser.Complete());

        Assert.Equal(pulled, pushed);
        Assert.Equal(pullProblems, pushProblems);
    }

    [Fact]
    public void ALineOverOneMebicharacterInsideOnePushedChunkIsLeftOutAsTheReaderDoes()
    {
        var huge = new string('y', LineSplitter.MaxLineLength + 10);
        AssertSame(Header + "First paragraph.\n\n" + huge + "\n\nLast paragraph.\n");
    }

    [Fact]
    public void ANulAfterEarlierChunksButWithinTheBinaryCheckMakesTheInputBinaryForBoth()
    {
        AssertSame(Header + "Body line.\n\nAnother title\n\nSource: NATO\n\n", "More\0text.\n", "End.\n");
    }

    [Fact]
    public void ANulPastTheBinaryCheckIsOneDamagedLineForBoth()
    {
        var filler = string.Concat(Enumerable.Repeat("A line of body text that fills the first kilobytes.\n", 200));
        AssertSame(Header + filler, "\nDamaged\0line.\n\nA clean paragraph.\n");
    }
}
