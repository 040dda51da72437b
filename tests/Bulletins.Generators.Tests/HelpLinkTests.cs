using Bulletins.Testing;
using System.Text.RegularExpressions;
using Bulletins.Generators.Diagnostics;

namespace Bulletins.Generators.Tests;

/// <summary>Every diagnostic links to its own section of docs/diagnostics.md, and every section is of a code.</summary>
public class HelpLinkTests
{
    private static readonly string Page = File.ReadAllText(Fixtures.Repository("docs", "diagnostics.md"));

    private static IReadOnlyList<string> Sections =>
        Regex.Matches(Page, @"^## (BLTG\d{3})\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void EveryCodeHasAHelpLinkToItsSectionOfTheDiagnosticsPage()
    {
        foreach (var descriptor in SchemaDiagnostics.All)
        {
            Assert.Equal("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains(descriptor.Id, Sections);
        }
    }

    [Fact]
    public void EverySectionIsOfACodeTheGeneratorHasOnceInOrder()
    {
        var codes = SchemaDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(codes, Sections);
    }

    [Fact]
    public void AReportedDiagnosticCarriesItsHelpLink()
    {
        var output = Infrastructure.TestHelpers.Run("namespace: [unclosed\n");
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("docs/diagnostics.md#bltg001", diagnostic.Descriptor.HelpLinkUri);
    }
}
