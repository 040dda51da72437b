using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Encodings;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// The file-input parameters that the cmdlets reading bulletin files share (-Path with wildcards,
/// -LiteralPath binding PSPath from Get-ChildItem, -Encoding), declared once so they cannot drift.
/// </summary>
public abstract class BulletinFileCommand : PSCmdlet
{
    private protected const string PathSet = "Path";
    private protected const string LiteralPathSet = "LiteralPath";

    /// <summary>Files to read; wildcards allowed.</summary>
    [SupportsWildcards]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>Files to read, taken exactly as written (no wildcards); binds PSPath from Get-ChildItem.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>The files' encoding when they have no byte-order mark (default UTF-8).</summary>
    [Parameter]
    [EncodingArgumentTransformation]
    [ArgumentCompletions("utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "ascii", "latin1")]
    public Encoding? Encoding { get; set; }

    /// <summary>True when the files were named with -LiteralPath.</summary>
    private protected bool IsLiteral => ParameterSetName == LiteralPathSet;

    /// <summary>The paths as given, in the parameter set used.</summary>
    private protected string[] GivenPaths => IsLiteral ? LiteralPath : Path;
}
