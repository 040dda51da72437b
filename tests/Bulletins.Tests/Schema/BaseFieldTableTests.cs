using System.Reflection;
using System.Text.Json;
using Bulletins.Schema;
using Bulletins.Writing;

namespace Bulletins.Tests.Schema;

/// <summary>The base-field table is the one list of the base fields: the record, the writers and the metadata follow it.</summary>
public class BaseFieldTableTests
{
    private const string Bulletin = "Allies meet in Brussels\n\nSource: NATO\n\nAllies met on 3 May 2025 in Brussels.\n";

    [Fact]
    public void The_Article_record_has_exactly_the_table_s_public_properties()
    {
        var properties = typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.DeclaringType == typeof(Article))
            .Select(static p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(BaseFieldTable.Rows.Select(static r => r.Name).Order(StringComparer.Ordinal), properties);
    }

    [Fact]
    public void JSON_Lines_writes_the_written_rows_first_in_table_order()
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output))
        {
            foreach (var article in Bulletins.Bulletin.Read(new StringReader(Bulletin), "table.txt")) writer.Write(article);
        }
        using var json = JsonDocument.Parse(output.ToString());
        var written = BaseFieldTable.Rows.Where(static r => r.IsWritten).Select(static r => r.JsonName).ToList();

        Assert.Equal(written, json.RootElement.EnumerateObject().Take(written.Count).Select(static p => p.Name));
        Assert.DoesNotContain(json.RootElement.EnumerateObject(), p => p.Name == "date");
    }

    [Fact]
    public void CSV_header_starts_with_the_table_s_columns_in_their_CSV_order()
    {
        var output = new StringWriter();
        ArticleWriter.Create(BulletinFormat.Csv, output).Dispose();
        var header = output.ToString().Split("\r\n")[0].Split(',');
        var columns = BaseFieldTable.Rows.Where(static r => r.CsvColumn is not null).OrderBy(static r => r.CsvColumn).Select(static r => r.JsonName).ToList();

        Assert.Equal(columns, header.Take(columns.Count));
        Assert.Equal(Enumerable.Range(0, columns.Count), BaseFieldTable.Rows.Where(static r => r.CsvColumn is not null).Select(static r => r.CsvColumn!.Value).Order());
    }

    [Fact]
    public void Schema_metadata_lists_the_written_rows()
    {
        Assert.Equal(
            BaseFieldTable.Rows.Where(static r => r.IsWritten).Select(static r => (r.Name, r.JsonName, r.TypeName)),
            BaseFields.All.Select(static f => (f.Name, f.JsonName, f.TypeName)));
    }
}
