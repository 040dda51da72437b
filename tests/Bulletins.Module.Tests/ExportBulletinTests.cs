using System.Text.Json;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Export-Bulletin and ConvertTo-Bulletin: formats, round trips and the file-safety switches.</summary>
public sealed class ExportBulletinTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public void JsonLines_export_writes_one_object_per_article_with_the_contract_fields()
    {
        var output = _folder.File("seed.jsonl");

        _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -Format JsonLines -LiteralPath $args[1]", ModuleHost.SeedPath, output);

        var lines = File.ReadAllLines(output);
        Assert.Equal(10, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in new[] { "id", "kind", "title", "source", "file", "line", "paragraphs", "isTruncated", "duplicateOf", "dates", "money", "people", "countries", "quotes", "warnings" })
            {
                Assert.True(json.RootElement.TryGetProperty(field, out _), $"missing {field}");
            }
        }
    }

    [Fact]
    public void Text_export_of_mixed_kinds_reads_back_as_the_same_articles()
    {
        var output = _folder.File("copy.txt");

        var original = _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1] -PassThru", ModuleHost.SeedPath, output).OfType<Article>().ToList();
        var reread = _session.Run("Import-Bulletin -LiteralPath $args[0]", output).OfType<Article>().ToList();

        Assert.True(original.Select(a => a.Kind).Distinct().Count() > 1, "the seed mixes kinds");
        Assert.Equal(original.Select(a => (a.Kind, a.Title, a.Source, string.Join("\n\n", a.Paragraphs))),
                     reread.Select(a => (a.Kind, a.Title, a.Source, string.Join("\n\n", a.Paragraphs))));
    }

    [Fact]
    public void The_format_follows_the_extension_when_not_given()
    {
        var csv = _folder.File("articles.csv");
        var jsonl = _folder.File("articles.jsonl");

        _session.Run("$a = Import-Bulletin -LiteralPath $args[0]; $a | Export-Bulletin $args[1]; $a | Export-Bulletin $args[2]", TestBulletins.Path("judicial.txt"), csv, jsonl);

        Assert.StartsWith("{", File.ReadAllLines(jsonl)[0]);
        Assert.Contains("title", File.ReadAllLines(csv)[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhatIf_reports_the_file_and_writes_nothing()
    {
        var output = _folder.File("never.txt");

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1] -WhatIf -PassThru", TestBulletins.Path("judicial.txt"), output);

        Assert.False(File.Exists(output));
        Assert.Equal(2, result.OfType<Article>().Count());
        Assert.Contains("What if: Performing the operation \"Write articles\" on target \"" + output + "\"", _session.OutputText);
    }

    [Fact]
    public void Append_adds_to_the_file_and_a_csv_header_is_written_once()
    {
        var output = _folder.File("all.csv");

        _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1]", TestBulletins.Path("harbour.txt"), output);
        _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1] -Append", TestBulletins.Path("judicial.txt"), output);

        var text = File.ReadAllText(output);
        var header = File.ReadLines(output).First();
        Assert.Equal(1, CountOccurrences(text, header));
        Assert.Contains("Fraud network dismantled", text);
        Assert.Contains("Twelve arrests in operation", text);
    }

    [Fact]
    public void Force_overwrites_a_read_only_file()
    {
        var output = _folder.Write("locked.txt", "old");
        File.SetAttributes(output, FileAttributes.ReadOnly);

        _session.Run("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1] -Force", TestBulletins.Path("judicial.txt"), output);

        Assert.StartsWith("Fraud network dismantled", File.ReadAllText(output));
    }

    [Fact]
    public void ConvertTo_JsonLines_gives_one_json_string_per_article()
    {
        var lines = _session.Run("Import-Bulletin -LiteralPath $args[0] | ConvertTo-Bulletin -Format JsonLines", TestBulletins.Path("harbour.txt")).OfType<string>().ToList();

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Equal("Europol", JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public void ConvertTo_Text_then_ConvertFrom_gives_the_articles_back()
    {
        var titles = _session.Run("Import-Bulletin -LiteralPath $args[0] | ConvertTo-Bulletin | ConvertFrom-Bulletin | ForEach-Object Title", TestBulletins.Path("judicial.txt")).Output;

        Assert.Equal(["Fraud network dismantled with the support of Eurojust", "Statement by the North Atlantic Council on the attack in Baltic harbours"], titles);
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
