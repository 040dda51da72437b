using Bulletins.Module.Tests.Support;
using Bulletins.PowerShell.Diagnostics;
using Bulletins.Reading;

namespace Bulletins.Module.Tests;

/// <summary>Test-Bulletin: one diagnostic per problem, or one bool per file with -Quiet.</summary>
public sealed class TestBulletinTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public void Text_before_the_first_article_is_an_error_diagnostic_with_file_line_code_and_text()
    {
        var file = _folder.Write("stray.txt", "\nPAGE 1 OF 2\n\n" + TestBulletins.Article("Allies meet in Brussels", "NATO", "They met."));

        var diagnostics = _session.Run("Test-Bulletin -LiteralPath $args[0]", file).OfType<BulletinDiagnostic>().ToList();

        var error = Assert.Single(diagnostics, d => d.Severity == ProblemSeverity.Error);
        Assert.Equal(file, error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(Bulletins.Reading.ProblemCodes.TextBeforeFirstArticle, error.Code);
        Assert.Equal("PAGE 1 OF 2", error.Text);
    }

    [Fact]
    public void Text_warnings_of_the_articles_are_diagnostics_too()
    {
        var file = _folder.Write("glued.txt", TestBulletins.Article("Europol supports action against fraud", "Europol",
            "Police arrested five suspects in the network.The operation continues with the support of the authoritiesThese are the results."));

        var diagnostics = _session.Run("Test-Bulletin -LiteralPath $args[0]", file).OfType<BulletinDiagnostic>().ToList();

        Assert.Contains(diagnostics, d => d.Severity == ProblemSeverity.Warning && d.ArticleTitle == "Europol supports action against fraud" && d.Line == 5);
    }

    [Fact]
    public void Quiet_gives_one_bool_per_file()
    {
        var good = _folder.Copy("judicial.txt");
        var bad = _folder.Write("empty.txt", "");

        var results = _session.Run("Test-Bulletin -LiteralPath $args[0], $args[1], $args[2] -Quiet", good, bad, _folder.File("missing.txt"));

        Assert.Equal([true, false, false], results.OfType<bool>());
        Assert.Empty(results.Errors);
    }

    [Fact]
    public void A_binary_file_is_a_BinaryFile_diagnostic()
    {
        var file = _folder.File("archive.zip");
        File.WriteAllBytes(file, [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);

        var diagnostic = Assert.Single(_session.Run("Test-Bulletin -LiteralPath $args[0]", file).OfType<BulletinDiagnostic>());

        Assert.Equal(BulletinDiagnostic.BinaryFileCode, diagnostic.Code);
        Assert.Equal(ProblemSeverity.Error, diagnostic.Severity);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
