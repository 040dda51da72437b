using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Encodings;
using Bulletins.PowerShell.Errors;
using Bulletins.PowerShell.Paths;
using Bulletins.PowerShell.Reading;
using Bulletins.PowerShell.Writing;
using Bulletins.Writing;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Writes articles of any kind to a file in the bulletin text format, JSON Lines or CSV, one article
/// at a time as they come down the pipeline. JSON Lines and CSV write every field: their articles'
/// fields are computed on worker threads first (-ThrottleLimit), then written in the order they came;
/// the text format writes only the text, so its articles go straight to the writer.
/// </summary>
[Cmdlet(VerbsData.Export, "Bulletin", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Article))]
public sealed class ExportBulletinCommand : FieldExtractingCommand
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    private ArticleWriter? _writer;
    private TextWriter? _text;
    private ReplacingFile? _output;
    private BulletinFormat? _format;
    private bool _readsEveryField;
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

    /// <summary>CSV only: cells that start with = + - @ are written as they are, not neutralised as text (see about_Bulletins).</summary>
    [Parameter]
    public SwitchParameter RawCsvCells { get; set; }

    /// <summary>Also writes each article to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Resolves the target file and its format (-Format, else the extension), and checks -NoClobber, -Force and -WhatIf before anything is written.</summary>
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
        if (exists && (File.GetAttributes(_file) & FileAttributes.ReadOnly) != 0)
        {
            // The temporary file replaces the target by a rename, which a read-only flag would not stop.
            if (!Force) ThrowTerminatingError(BulletinErrors.WriteFailed(_file, new UnauthorizedAccessException($"Access to the path '{_file}' is denied (the file is read-only; -Force overwrites it).")));
            File.SetAttributes(_file, File.GetAttributes(_file) & ~FileAttributes.ReadOnly);
        }
        _format = format;
        // The writers of JSON Lines and CSV read every field (ArticleWriter); the text writer only the title, source and paragraphs.
        _readsEveryField = format != BulletinFormat.Text;
        // Nothing is opened yet: the first article says whether the target is also this pipeline's input.
    }

    /// <summary>
    /// Writes the article to a temporary file beside the target (opened at the first article); -PassThru passes it on.
    /// For JSON Lines and CSV the article goes to the workers first, and those whose fields are computed are written, in order.
    /// </summary>
    protected override void ProcessRecord()
    {
        if (!WillWrite)
        {
            if (PassThru) WriteObject(InputObject);
            return;
        }
        if (Append && (InputsInUse.IsBeingRead(_file) || SamePath(InputObject.File, _file)))
        {
            ThrowTerminatingError(BulletinErrors.AppendingToInput(_file));
        }
        try
        {
            _writer ??= OpenWriter();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(BulletinErrors.WriteFailed(_file, e));
        }
        if (!_readsEveryField)
        {
            Write(InputObject);
            return;
        }
        foreach (var article in Extracted(InputObject)) Write(article);
    }

    /// <summary>Writes one article (on the pipeline thread, whose errors these are) and passes it on under -PassThru.</summary>
    private void Write(Article article)
    {
        try
        {
            _writer!.Write(article);
            _written++;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(BulletinErrors.WriteFailed(_file, e));
        }
        if (PassThru) WriteObject(article);
    }

    /// <summary>Finishes the format and replaces the target with the temporary file, so a failed export leaves the old file whole.</summary>
    protected override void EndProcessing()
    {
        if (!WillWrite) return;
        try
        {
            // No article at all still writes the (empty) output, as before: the target then holds what was exported.
            _writer ??= OpenWriter();
            foreach (var article in ExtractedRest()) Write(article);
            _writer.Dispose();
            _text!.Flush();
            _output!.Commit();
            WriteVerbose($"Wrote {_written} articles to '{_file}'.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(BulletinErrors.WriteFailed(_file, e));
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Without a commit (a failure upstream, Ctrl+C) the temporary file goes and the target stays as it was.</summary>
    private protected override void Release()
    {
        _writer = null;
        _text = null;
        _output?.Dispose();
        _output = null;
    }

    private bool WillWrite => _format is not null;

    private ArticleWriter OpenWriter()
    {
        _output = ReplacingFile.Open(_file, Append);
        _text = new StreamWriter(_output.Stream, Encoding ?? new UTF8Encoding(false), bufferSize: -1, leaveOpen: true) { NewLine = "\n" };
        bool csvHeaderWritten = _output.AppendsToContent && _format == BulletinFormat.Csv;
        return ArticleWriter.Create(_format!.Value, csvHeaderWritten ? new HeaderSkippingWriter(_text) : _text, ownsOutput: false, rawCsvCells: RawCsvCells);
    }

    private static bool SamePath(string articleFile, string target)
    {
        if (string.IsNullOrEmpty(articleFile)) return false;
        try
        {
            return string.Equals(System.IO.Path.GetFullPath(articleFile), target, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
