using System.Reflection;
using Bulletins.Module.Tests.Support;
using Bulletins.Testing;

namespace Bulletins.Module.Tests;

/// <summary>
/// What only C# can see of the module folder: which assemblies it holds and references. The manifest and
/// the installable layout are checked in real pwsh by tests/Pester/ModuleLayout.Tests.ps1.
/// </summary>
public sealed class ModuleLayoutTests : IDisposable
{
    private readonly ModuleHost _session = new();

    [Fact]
    public void The_module_folder_holds_no_YamlDotNet_and_the_library_does_not_reference_it()
    {
        var moduleFolder = Fixtures.Repository("module", "Bulletins", "bin", Configuration(), "net10.0");

        Assert.True(File.Exists(Path.Combine(moduleFolder, "Bulletins.psd1")), moduleFolder);
        Assert.False(File.Exists(Path.Combine(moduleFolder, "YamlDotNet.dll")));
        Assert.DoesNotContain(typeof(Article).Assembly.GetReferencedAssemblies(), a => a.Name == "YamlDotNet");
        Assert.DoesNotContain(typeof(Bulletins.PowerShell.Commands.ImportBulletinCommand).Assembly.GetReferencedAssemblies(), a => a.Name == "YamlDotNet");
    }

    [Fact]
    public void The_module_imports_into_a_session_where_another_YamlDotNet_is_already_loaded()
    {
        // The schema is compiled into the library by the generator, so the module never loads
        // YamlDotNet: whatever copy another module brought stays the only one.
        var yaml = typeof(YamlDotNet.Serialization.Deserializer).Assembly;
        using var session = new ModuleHost();

        var kinds = session.Run("Get-BulletinSchema | ForEach-Object Name").Output;
        var yamlCopies = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == "YamlDotNet");

        // Every kind the schema declares, whatever their number: a new kind in the YAML breaks nothing here.
        Assert.Equal(ArticleSchema.Kinds.Select(k => k.Name).Order(StringComparer.Ordinal), kinds.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, yamlCopies);
        Assert.Contains(yaml, AppDomain.CurrentDomain.GetAssemblies());
    }

    private static string Configuration() =>
        typeof(ModuleLayoutTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public void Dispose() => _session.Dispose();
}
