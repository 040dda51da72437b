using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>ConvertFrom-Bulletin: text from the pipeline, whole or line by line.</summary>
public sealed class ConvertFromBulletinTests : IDisposable
{
    private readonly ModuleHost _session = new();

    [Fact]
    public void A_whole_text_becomes_its_articles()
    {
        var text = File.ReadAllText(TestBulletins.Path("harbour.txt"));

        var articles = _session.Run("$args[0] | ConvertFrom-Bulletin -Name harbour", text).OfType<Article>().ToList();

        Assert.Equal(["Europol", "NATO"], articles.Select(a => a.Source));
        Assert.All(articles, a => Assert.Equal("harbour", a.File));
        Assert.Equal(1, articles[0].Line);
    }

    [Fact]
    public void Lines_piped_one_at_a_time_give_each_article_as_soon_as_the_next_one_starts()
    {
        var lines = File.ReadAllLines(TestBulletins.Path("harbour.txt"));

        // Like Get-Content without -Raw: one line per pipeline object. Each article records how many
        // lines had been sent when it arrived.
        var arrivals = _session.Run("""
            $sent = 0
            $args[0] | ForEach-Object { $sent++; $_ } | ConvertFrom-Bulletin | ForEach-Object { @{ Title = $_.Title; Line = $_.Line; SentWhenArrived = $sent } }
            """, (object)lines).OfType<System.Collections.Hashtable>().ToList();

        Assert.Equal(2, arrivals.Count);
        var first = arrivals[0];
        var secondTitleLine = (int)arrivals[1]["Line"]!;
        // The first article came out when the second one's title (and not much more) had been read, not at the end.
        Assert.InRange((int)first["SentWhenArrived"]!, secondTitleLine, lines.Length - 1);
    }

    [Fact]
    public void Lines_with_no_break_space_blank_lines_and_CRLF_still_separate_articles()
    {
        var text = "Allies meet in Brussels\r\n\u00a0\r\nSource: NATO\r\n \r\nThey met.\r\n\r\nEurojust supports action day\r\n\r\nSource: Eurojust\r\n\r\nFive arrests.";

        var articles = _session.Run("$args[0] -split \"`r`n\" | ConvertFrom-Bulletin", text).OfType<Article>().ToList();

        Assert.Equal(["NATO", "Eurojust"], articles.Select(a => a.Source));
    }

    public void Dispose() => _session.Dispose();
}
