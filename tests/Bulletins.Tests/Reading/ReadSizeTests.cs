using System.Text;
using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>How a stream cuts the input into reads changes nothing: not the articles, not the problems, not their order.</summary>
public class ReadSizeTests
{
    [Fact]
    public void An_encoding_warning_held_for_the_binary_check_keeps_its_place_among_the_problems_whatever_the_read_sizes()
    {
        // An invalid byte early (its warning waits for the binary check's window to pass), then a
        // Source line the header rule refuses, which ends just past the window's last character.
        var start = Encoding.UTF8.GetBytes("A title\n\nSource: NATO\n\nBroken ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" byte.\n\n")).ToArray();
        var filler = new StringBuilder();
        while (start.Length + filler.Length < LineSplitter.BinarySniffLength - 200) filler.Append("A line of body text that fills the window.\n");
        var rest = filler + "\nAnother title\n\nSource: " + new string('x', 300) + ", with a comma\n\nIts body.\n";
        var bytes = start.Concat(Encoding.UTF8.GetBytes(rest)).ToArray();

        var whole = FromBytes(bytes);
        var problems = new List<BulletinProblem>();
        var trickled = Bulletin.Read(new TrickleStream(bytes, 700), "test.txt", new BulletinReadOptions { OnProblem = problems.Add }).ToList();

        Assert.Equal([ProblemCodes.InvalidEncoding, ProblemCodes.UnreadableSource], whole.Problems.Select(p => p.Code));
        Assert.Equal(whole.Problems, problems);
        Assert.Equal(whole.Articles, trickled);
    }
}
