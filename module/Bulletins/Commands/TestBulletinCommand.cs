using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Diagnostics;
using Bulletins.PowerShell.Encodings;
using Bulletins.PowerShell.Paths;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Validates bulletin files: one diagnostic per problem, the reader's (input that is not an
/// article, encoding, a cut-off file) and each article's text warnings, in the order found.
/// -Quiet returns one bool per file instead: true when the file has no error.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "Bulletin", DefaultParameterSetName = PathSet)]
[OutputType(typeof(BulletinDiagnostic), typeof(bool))]
public sealed class TestBulletinCommand : BulletinFileCommand
{
    /// <summary>Returns one bool per file (true: no error-severity problem) instead of diagnostics.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <summary>Checks each file the paths resolve to: the problems found, or with -Quiet one true or false per file.</summary>
    protected override void ProcessRecord()
    {
        foreach (var path in GivenPaths)
        {
            bool resolvedAny = false;
            // With -Quiet a path that is not a readable file is simply not a valid bulletin: false, no error.
            Action<ErrorRecord> onPathError = Quiet ? _ => { } : WriteError;
            foreach (var file in InputFileResolver.Resolve(this, [path], IsLiteral, onPathError))
            {
                resolvedAny = true;
                Check(file);
            }
            if (Quiet && !resolvedAny) WriteObject(false);
        }
    }

    private void Check(string file)
    {
        int errors = 0, warnings = 0;
        void Report(BulletinDiagnostic diagnostic)
        {
            if (diagnostic.Severity == ProblemSeverity.Error) errors++;
            else warnings++;
            if (!Quiet) WriteObject(diagnostic);
        }

        var reader = new Reading.FileArticleReader(this, null)
        {
            OnBinaryFile = path => Report(new BulletinDiagnostic(path, 0, 0, Codes.ErrorIds.BinaryFile, ProblemSeverity.Error,
                "The file holds binary data, not bulletin text.", null, null)),
            OnReadFailed = (path, e) => Report(new BulletinDiagnostic(path, 0, 0, Codes.ErrorIds.ReadFailed, ProblemSeverity.Error,
                $"The file could not be read to the end: {e.Message}", null, null)),
        };
        var options = new BulletinReadOptions { Encoding = Encoding, OnProblem = problem => Report(BulletinDiagnostic.From(problem)) };
        foreach (var article in reader.Read(file, options))
        {
            foreach (var warning in article.Warnings) Report(BulletinDiagnostic.From(article, warning));
        }
        WriteVerbose($"'{file}': {errors} errors, {warnings} warnings.");
        if (Quiet) WriteObject(errors == 0);
    }
}
