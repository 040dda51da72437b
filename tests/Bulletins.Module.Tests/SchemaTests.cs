using Bulletins.Module.Tests.Support;
using Bulletins.Schema;

namespace Bulletins.Module.Tests;

/// <summary>Get-BulletinSchema: the kinds and fields the module was built with.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly ModuleHost _session = new();

    [Fact]
    public void Every_kind_of_the_design_is_listed_with_a_description_and_one_fallback()
    {
        var kinds = _session.Run("Get-BulletinSchema").OfType<KindInfo>().ToList();

        Assert.Equal(["MediaAdvisory", "NewsRelease", "OperationReport", "Speech", "Statement"], kinds.Select(k => k.Name).Order());
        Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(k.Description), k.Name));
        Assert.Equal("NewsRelease", Assert.Single(kinds, k => k.IsFallback).Name);
    }

    [Fact]
    public void Field_lists_the_base_fields_then_the_kind_fields_with_types_and_descriptions()
    {
        var fields = _session.Run("Get-BulletinSchema -Kind OperationReport -Field").OfType<KindField>().ToList();

        Assert.Equal(BaseFields.All.Select(f => f.Name), fields.TakeWhile(f => f.IsBase).Select(f => f.Name));
        Assert.Contains(fields, f => f is { Name: "Arrests", IsBase: false });
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), f.Name));
        Assert.All(fields, f => Assert.Equal("OperationReport", f.Kind));
    }

    [Fact]
    public void Kind_takes_wildcards_and_an_unknown_name_is_an_error()
    {
        var result = _session.Run("Get-BulletinSchema -Kind Media*, Nonsense");

        Assert.Equal(["MediaAdvisory"], result.OfType<KindInfo>().Select(k => k.Name));
        Assert.StartsWith("UnknownKind,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    public void Dispose() => _session.Dispose();
}
