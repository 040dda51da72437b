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
    public void Every_code_has_a_help_link_to_its_section_of_the_diagnostics_page()
    {
        foreach (var descriptor in SchemaDiagnostics.All)
        {
            Assert.Equal("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains(descriptor.Id, Sections);
        }
    }

    [Fact]
    public void Every_section_is_of_a_code_the_generator_has_once_in_order()
    {
        var codes = SchemaDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(codes, Sections);
    }

    [Fact]
    public void A_reported_diagnostic_carries_its_help_link()
    {
        var output = Infrastructure.TestHelpers.Run("namespace: [unclosed\n");
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("docs/diagnostics.md#bltg001", diagnostic.Descriptor.HelpLinkUri);
    }
}
