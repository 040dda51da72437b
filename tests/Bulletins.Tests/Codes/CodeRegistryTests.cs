using System.Reflection;
using System.Text;
using Bulletins.Codes;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Reading;
using Bulletins.Testing;

namespace Bulletins.Tests.Codes;

/// <summary>
/// The one registry of codes: every code constant is in it once, and docs/codes.md documents exactly it
/// (UPDATE_CODES=1 rewrites the table from the registry; review the diff).
/// </summary>
public class CodeRegistryTests
{
    private const string Start = "<!-- codes: start (CodeRegistryTests compares this table with CodeRegistry.All) -->";
    private const string End = "<!-- codes: end -->";

    private static string CodesDoc => Fixtures.Repository("docs", "codes.md");

    [Fact]
    public void EveryCodeConstantIsInTheRegistryAndNothingElse()
    {
        var constants = new[] { typeof(ProblemCodes), typeof(WarningCodes), typeof(ErrorIds) }
            .SelectMany(static type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(static field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(static field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(constants, CodeRegistry.All.Select(static code => code.Code).Order(StringComparer.Ordinal));
        Assert.Equal(CodeRegistry.All.Count, CodeRegistry.All.Select(static code => code.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CodeRegistry.All, static code => Assert.False(string.IsNullOrWhiteSpace(code.Meaning), code.Code));
        Assert.Same(CodeRegistry.All[0], CodeRegistry.Find(CodeRegistry.All[0].Code));
        Assert.Null(CodeRegistry.Find("BLT999"));
    }

    [Fact]
    public void DocsCodesMdDocumentsEveryCodeOfTheRegistryAndNoStaleOne()
    {
        var text = File.ReadAllText(CodesDoc);
        int start = text.IndexOf(Start, StringComparison.Ordinal), end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/codes.md has no table between the markers " + Start + " and " + End);
        var documented = text[(start + Start.Length)..end].Trim('\n');
        var expected = Table();
        if (Environment.GetEnvironmentVariable("UPDATE_CODES") == "1" && documented != expected)
        {
            File.WriteAllText(CodesDoc, text[..(start + Start.Length)] + "\n" + expected + "\n" + text[end..]);
            documented = expected;
        }

        var documentedRows = documented.Split('\n').Skip(2).ToList();
        var registryRows = expected.Split('\n').Skip(2).ToList();
        Assert.Empty(registryRows.Except(documentedRows)); // in the registry, not (so) in the docs
        Assert.Empty(documentedRows.Except(registryRows)); // in the docs, stale
        Assert.Equal(expected, documented);
    }

    [Fact]
    public void FormatMdGivesEachReaderCodeTheRegistrysSeverity()
    {
        var rows = File.ReadLines(Fixtures.Repository("docs", "format.md"))
            .Where(static line => line.StartsWith("| `BLT", StringComparison.Ordinal))
            .Select(static line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(static cells => cells[1].Trim('`'), static cells => cells[2]);

        var readerCodes = CodeRegistry.All.Where(static code => code.Code.StartsWith("BLT", StringComparison.Ordinal)).ToList();
        Assert.Equal(readerCodes.Select(static code => code.Code), rows.Keys);
        Assert.All(readerCodes, code => Assert.Equal(code.Severity.ToString().ToLowerInvariant(), rows[code.Code]));
    }

    private static string Table()
    {
        var table = new StringBuilder("| code | severity | raised by | meaning |\n|---|---|---|---|");
        foreach (var code in CodeRegistry.All) table.Append('\n').Append(Row(code));
        return table.ToString();
    }

    private static string Row(CodeInfo code) =>
        $"| `{code.Code}` | {code.Severity.ToString().ToLowerInvariant()} | {code.RaisedBy} | {code.Meaning} |";
}
