using System.Management.Automation;
using Bulletins.Module.Tests.Support;

namespace Bulletins.Module.Tests;

/// <summary>
/// Every error the module writes, by its stable ErrorId and category: bad inputs are non-terminating
/// (the other files still import) and become terminating under -ErrorAction Stop.
/// </summary>
public sealed class ErrorTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string, ErrorCategory> BadInputs => new()
    {
        { "missing.txt", "FileNotFound", ErrorCategory.ObjectNotFound },
        { "folder", "PathIsDirectory", ErrorCategory.InvalidArgument },
        { "Env:HOME", "NotFileSystemPath", ErrorCategory.InvalidArgument },
        { "image.png", "BinaryFile", ErrorCategory.InvalidData },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_a_non_terminating_error_and_the_other_files_still_import(string input, string errorId, ErrorCategory category)
    {
        var bad = Prepare(input);
        var good = _folder.Copy("judicial.txt");

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0], $args[1]", bad, good);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{errorId},Bulletins.PowerShell.Commands.ImportBulletinCommand", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Equal(2, result.OfType<Article>().Count());
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void ErrorAction_Stop_turns_a_bad_input_into_a_terminating_error(string input, string errorId, ErrorCategory category)
    {
        var bad = Prepare(input);

        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] -ErrorAction Stop", bad);

        Assert.StartsWith(errorId + ",", failure.FullyQualifiedErrorId);
        Assert.Equal(category, failure.CategoryInfo.Category);
    }

    [Fact]
    public void Errors_can_be_caught_by_id_in_a_script()
    {
        var caught = _session.Run("""
            try { Import-Bulletin -LiteralPath $args[0] -ErrorAction Stop }
            catch { if ($_.FullyQualifiedErrorId -like 'FileNotFound,*') { 'missing file handled' } }
            """, _folder.File("nowhere.txt")).Output;

        Assert.Equal(["missing file handled"], caught);
    }

    [Fact]
    public void A_wildcard_that_matches_nothing_is_FileNotFound()
    {
        var result = _session.Run("Import-Bulletin -Path ($args[0] + '/*.bulletin')", _folder.Path);

        Assert.StartsWith("FileNotFound,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void An_unknown_kind_stops_the_command_before_reading()
    {
        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] -Kind Speach", ModuleHost.SeedPath);

        Assert.StartsWith("UnknownKind,", failure.FullyQualifiedErrorId);
        Assert.Contains("NewsRelease", failure.Exception.Message);
    }

    [Fact]
    public void Lines_the_reader_cannot_place_in_an_article_are_BulletinContent_errors_with_file_and_line()
    {
        var file = _folder.Write("stray.txt", "a stray line before any article\n\n" + TestBulletins.Article("Allies meet in Brussels", "NATO", "They met."));

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0]", file);

        var error = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("BulletinContent,"));
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("stray.txt:1:", error.Exception.Message);
        Assert.Single(result.OfType<Article>());
    }

    [Fact]
    public void Reader_warnings_go_to_the_warning_stream_and_the_article_still_imports()
    {
        // 0xFF is not UTF-8: the reader replaces it and warns (BLT003) instead of dropping the line.
        var file = _folder.File("damaged.txt");
        File.WriteAllBytes(file, [.. System.Text.Encoding.UTF8.GetBytes("Allies meet in Brussels\n\nSource: NATO\n\nThey met "), 0xFF, .. "today.\n"u8]);

        var result = _session.Run("Import-Bulletin -LiteralPath $args[0]", file);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Contains("damaged.txt:5:") && w.Contains(Bulletins.Reading.ProblemCodes.InvalidEncoding));
        Assert.Single(result.OfType<Article>());
    }

    [Fact]
    public void Export_NoClobber_on_an_existing_file_is_a_terminating_FileExists_error()
    {
        var target = _folder.Write("out.jsonl", "keep me");

        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1] -NoClobber", TestBulletins.Path("judicial.txt"), target);

        Assert.StartsWith("FileExists,", failure.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, failure.CategoryInfo.Category);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Fact]
    public void Export_to_a_directory_or_another_provider_is_a_terminating_error()
    {
        var directory = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1]", TestBulletins.Path("judicial.txt"), _folder.Path);
        var provider = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath Env:OUT", TestBulletins.Path("judicial.txt"));

        Assert.StartsWith("PathIsDirectory,", directory.FullyQualifiedErrorId);
        Assert.StartsWith("NotFileSystemPath,", provider.FullyQualifiedErrorId);
    }

    [Fact]
    public void Export_into_a_missing_folder_is_a_terminating_FileWriteFailed_error()
    {
        var failure = _session.RunExpectingFailure("Import-Bulletin -LiteralPath $args[0] | Export-Bulletin -LiteralPath $args[1]",
            TestBulletins.Path("judicial.txt"), Path.Combine(_folder.Path, "no-such-folder", "out.txt"));

        Assert.StartsWith("FileWriteFailed,", failure.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.WriteError, failure.CategoryInfo.Category);
    }

    private string Prepare(string input)
    {
        switch (input)
        {
            case "folder":
                return Directory.CreateDirectory(_folder.File("folder")).FullName;
            case "image.png":
                var png = _folder.File("image.png");
                File.WriteAllBytes(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
                return png;
            case "missing.txt":
                return _folder.File("missing.txt");
            default:
                return input;
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
