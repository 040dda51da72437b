using System.Management.Automation.Runspaces;
using System.Xml.Linq;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>What a user sees: the module's format views as Out-Default renders them.</summary>
public sealed class FormatViewTests : IDisposable
{
    private readonly ModuleHost _session = new();

    [Fact]
    public void Articles_of_every_kind_show_in_one_table_with_kind_source_date_and_title()
    {
        var text = _session.Render("Import-Bulletin -LiteralPath $args[0]", ModuleHost.SeedPath);

        var lines = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.Equal("   File: " + ModuleHost.SeedPath, lines[0]);
        Assert.Matches(@"^Kind\s+Source\s+Date\s+Line Title$", lines[1]);
        Assert.Equal(13, lines.Count); // file, header, rule, ten rows: one table although the kinds differ
        Assert.Contains(lines, l => l.StartsWith("OperationReport") && l.Contains("Eurojust"));
        Assert.DoesNotContain("Paragraphs", text);
    }

    [Fact]
    public void Articles_of_several_files_are_grouped_under_their_file()
    {
        var text = _session.Render("Import-Bulletin -LiteralPath $args", TestBulletins.Path("harbour.txt"), TestBulletins.Path("judicial.txt"));

        var harbour = text.IndexOf("File: " + TestBulletins.Path("harbour.txt"), StringComparison.Ordinal);
        var judicial = text.IndexOf("File: " + TestBulletins.Path("judicial.txt"), StringComparison.Ordinal);
        Assert.InRange(harbour, 0, text.IndexOf("Twelve arrests", StringComparison.Ordinal));
        Assert.InRange(judicial, text.IndexOf("Deputy Secretary General visits", StringComparison.Ordinal), text.IndexOf("Fraud network", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_hits_show_score_title_and_where_they_matched()
    {
        var text = _session.Render("Search-Bulletin 'coordination centre' -LiteralPath $args[0]", TestBulletins.Path("judicial.txt"));

        Assert.Matches(@"Score\s+Title\s+Where\s+Snippet", text);
        Assert.Contains("¶2 line 7", text);
    }

    [Fact]
    public void Diagnostics_show_grouped_by_file()
    {
        var folder = new TempFolder();
        var file = folder.Write("stray.txt", "\nPAGE 1 OF 2\n\n" + TestBulletins.Article("Allies meet in Brussels", "NATO", "They met."));

        var text = _session.Render("Test-Bulletin -LiteralPath $args[0]", file);

        Assert.Contains("File: " + file, text);
        Assert.Matches(@"Line\s+Severity\s+Code\s+Message\s+Text", text);
        Assert.Matches(@"\s2\s+Error\s+BLT005\s", text);
        folder.Dispose();
    }

    [Fact]
    public void Schema_fields_show_as_a_table_grouped_by_kind()
    {
        var text = _session.Render("Get-BulletinSchema Speech -Field");

        Assert.Contains("Kind: Speech", text);
        Assert.Matches(@"Name\s+Type\s+Base\s+Description", text);
        Assert.Matches(@"Paragraphs\s+string\[\]\s+True", text);
    }

    [Fact]
    public void The_format_file_loads_and_has_a_table_and_a_list_view_for_articles()
    {
        // Format-List is not in the bare engine, so the list view is checked by loading the file the engine's way.
        var file = Path.Combine(AppContext.BaseDirectory, "Bulletins.Format.ps1xml");
        _ = new FormatTable([file]);

        var views = XDocument.Load(file).Descendants("View")
            .Where(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value == "Bulletins.Article").ToList();
        Assert.Single(views, v => v.Element("TableControl") is not null);
        Assert.Single(views, v => v.Element("ListControl") is not null);
    }

    public void Dispose() => _session.Dispose();
}
