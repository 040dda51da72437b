using System.Management.Automation;
using Bulletins.PowerShell.Errors;
using Bulletins.Reading;

namespace Bulletins.PowerShell.Reading;

/// <summary>
/// What Import-Bulletin and ConvertFrom-Bulletin do with the reader's problems: an error (input that
/// could not become an article, so data would be lost) is a non-terminating BulletinContent error
/// record; a warning (the input was read, something is off) goes to the warning stream.
/// </summary>
internal static class ProblemReporter
{
    public static Action<BulletinProblem> For(Cmdlet cmdlet) => problem =>
    {
        if (problem.Severity == ProblemSeverity.Error) cmdlet.WriteError(BulletinErrors.Content(problem));
        else cmdlet.WriteWarning(problem.ToString());
    };
}
