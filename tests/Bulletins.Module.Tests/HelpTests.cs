using System.Management.Automation;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>Get-Help serves full help for every cmdlet from the module's MAML file, and about_Bulletins.</summary>
public sealed class HelpTests : IDisposable
{
    private static readonly HashSet<string> CommonParameters = new(
        [.. Cmdlet.CommonParameters, .. Cmdlet.OptionalCommonParameters], StringComparer.OrdinalIgnoreCase);

    private readonly ModuleHost _session = new();

    private static readonly string[] CmdletNames =
        ["Import-Bulletin", "ConvertFrom-Bulletin", "Export-Bulletin", "ConvertTo-Bulletin", "Search-Bulletin", "Test-Bulletin", "Get-BulletinSchema", "Save-Bulletin", "Get-Bulletin", "Measure-Bulletin"];

    public static TheoryData<string> Cmdlets() => new(CmdletNames);

    [Fact]
    public void Every_exported_cmdlet_is_covered_by_these_tests()
    {
        var exported = _session.Run("(Get-Module Bulletins).ExportedCmdlets.Keys").Output.Cast<string>().Order();

        Assert.Equal(CmdletNames.Order(), exported);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void A_cmdlet_has_synopsis_description_and_at_least_two_examples(string cmdlet)
    {
        var help = Help(cmdlet);

        Assert.False(string.IsNullOrWhiteSpace(Text(help.Properties["Synopsis"]?.Value)), "synopsis");
        Assert.DoesNotContain(cmdlet + " ", Text(help.Properties["Synopsis"]?.Value)); // not the generated syntax line
        Assert.False(string.IsNullOrWhiteSpace(Text(help.Properties["description"]?.Value)), "description");
        var examples = Items(help, "examples", "example");
        Assert.True(examples.Count >= 2, $"{cmdlet} has {examples.Count} examples");
        Assert.All(examples, e => Assert.Contains(cmdlet, Text(e.Properties["code"]?.Value)));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_parameter_of_a_cmdlet_has_help(string cmdlet)
    {
        var help = Help(cmdlet);
        var described = Items(help, "parameters", "parameter")
            .Where(p => !string.IsNullOrWhiteSpace(Text(p.Properties["description"]?.Value)))
            .Select(p => Text(p.Properties["name"]?.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parameters = _session.Run("(Get-Command $args[0]).Parameters.Keys", cmdlet).Output.Cast<string>().Where(p => !CommonParameters.Contains(p));

        Assert.All(parameters, p => Assert.Contains(p, described));
    }

    [Fact]
    public void About_topic_explains_the_format_the_kinds_and_pipelines()
    {
        var about = string.Concat(_session.RunForObjects("Get-Help about_Bulletins").Select(Text));

        Assert.Contains("Source:", about);
        Assert.Contains("OperationReport", about);
        Assert.Contains("Import-Bulletin", about);
        Assert.Contains("Search-Bulletin", about);
    }

    private PSObject Help(string cmdlet) => Assert.Single(_session.RunForObjects("Get-Help $args[0] -Full", cmdlet));

    private static List<PSObject> Items(PSObject help, string section, string item)
    {
        var container = help.Properties[section]?.Value as PSObject;
        return container?.Properties[item]?.Value switch
        {
            null => [],
            object[] many => many.Select(PSObject.AsPSObject).ToList(),
            var one => [PSObject.AsPSObject(one)],
        };
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        PSObject { BaseObject: string s } => s,
        PSObject o when o.Properties["Text"] is { } text => Text(text.Value),
        object[] many => string.Join("\n", many.Select(Text)),
        PSObject { BaseObject: object[] many } => string.Join("\n", many.Select(Text)),
        _ => value.ToString() ?? "",
    };

    public void Dispose() => _session.Dispose();
}
