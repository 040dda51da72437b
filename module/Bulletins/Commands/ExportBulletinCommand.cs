using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Encodings;
using Bulletins.PowerShell.Errors;
using Bulletins.PowerShell.Paths;
using Bulletins.PowerShell.Writing;
using Bulletins.Writing;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Writes articles of any kind to a file in the bulletin text format, JSON Lines or CSV, one article
/// at a time as they come down the pipeline.
/// </summary>
[Cmdlet(VerbsData.Export, "Bulletin", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Article))]
public sealed class ExportBulletinCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    private ArticleWriter? _writer;
    private string _file = "";
    private long _written;

    /// <summary>The articles to write; a search hit binds its Article.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias(ArticleInput.HitProperty)]
    public Article InputObject { get; set; } = null!;

    /// <summary>The output file; a wildcard must match exactly one existing file.</summary>
    [SupportsWildcards]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>The output file, taken exactly as written.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; } = "";

    /// <summary>Text, JsonLines or Csv; by default from the file's extension (.jsonl/.ndjson/.json, .csv, else Text).</summary>
    [Parameter(Position = 1)]
    public BulletinFormat? Format { get; set; }

    /// <summary>The output encoding (default UTF-8 without a byte-order mark).</summary>
    [Parameter]
    [EncodingArgumentTransformation]
    [ArgumentCompletions("utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "ascii", "latin1")]
    public Encoding? Encoding { get; set; }

    /// <summary>Adds to the end of the file instead of replacing it.</summary>
    [Parameter]
    public SwitchParameter Append { get; set; }

    /// <summary>Never overwrites an existing file.</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Overwrites a read-only file.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Also writes each article to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        bool literal = ParameterSetName == LiteralPathSet;
        _file = OutputFileResolver.Resolve(this, literal ? LiteralPath : Path, literal);
        var format = Format ?? FormatFromExtension.For(_file);
        if (format is null) ThrowTerminatingError(BulletinErrors.NoFormat(_file, FormatFromExtension.Known));
        WriteVerbose($"{(Append ? "Appending" : "Writing")} {format} {(Format is null ? $"(from the extension '{System.IO.Path.GetExtension(_file)}') " : "")}to '{_file}'.");
        if (!ShouldProcess(_file, Append ? "Append articles" : "Write articles")) return;

        var exists = File.Exists(_file);
        if (exists && NoClobber && !Append) ThrowTerminatingError(BulletinErrors.Exists(_file));
        if (exists && Force && (File.GetAttributes(_file) & FileAttributes.ReadOnly) != 0)
        {
            File.SetAttributes(_file, File.GetAttributes(_file) & ~FileAttributes.ReadOnly);
        }
        try
        {
            var stream = new FileStream(_file, Append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
            var text = new StreamWriter(stream, Encoding ?? new UTF8Encoding(false)) { NewLine = "\n" };
            _writer = ArticleWriter.Create(format!.Value, Append && stream.Position > 0 && format.Value == BulletinFormat.Csv ? new HeaderSkippingWriter(text) : text, ownsOutput: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(BulletinErrors.WriteFailed(_file, e));
        }
    }

    protected override void ProcessRecord()
    {
        if (_writer is not null)
        {
            try
            {
                _writer.Write(InputObject);
                _written++;
            }
            catch (IOException e)
            {
                ThrowTerminatingError(BulletinErrors.WriteFailed(_file, e));
            }
        }
        if (PassThru) WriteObject(InputObject);
    }

    protected override void EndProcessing()
    {
        if (_writer is not null) WriteVerbose($"Wrote {_written} articles to '{_file}'.");
        Dispose();
    }

    public void Dispose()
    {
        _writer?.Flush();
        _writer?.Dispose();
        _writer = null;
    }
}
