using System.Data.Common;
using System.Management.Automation;
using Bulletins.Archive;
using Bulletins.PowerShell.Archive;
using Bulletins.PowerShell.Errors;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// Saves articles from the pipeline into an archive (a SQLite file, or a PostgreSQL database by its
/// connection string), creating it if needed. Idempotent by id: an article already archived adds a
/// sighting (file, line, time), a repeat of an archived text under another id is stored with
/// DuplicateOf its original. Batches are committed as they fill, the rest at the end. Every field of
/// each article is computed on worker threads (-ThrottleLimit) before the archive writer takes it, in
/// the order the articles came, while the batch before is written on a thread of its own.
/// </summary>
[Cmdlet(VerbsData.Save, "Bulletin", SupportsShouldProcess = true)]
[OutputType(typeof(Article))]
public sealed class SaveBulletinCommand : FieldExtractingCommand
{
    private BulletinArchive? _archive;
    private ArchiveWriter? _writer;
    private Progress.ThrottledProgress _progress = null!;
    private long _seen;
    private readonly Dictionary<SaveStatus, long> _counts = new() { [SaveStatus.Added] = 0, [SaveStatus.Sighted] = 0, [SaveStatus.Unchanged] = 0 };

    /// <summary>The archive: a file path (SQLite) or a PostgreSQL connection string (Host=...;Database=...).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Archive { get; set; } = "";

    /// <summary>Articles from Import-Bulletin or ConvertFrom-Bulletin; a search hit binds its Article property.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Article")]
    public Article[] InputObject { get; set; } = [];

    /// <summary>Writes each article as the archive holds it, with a SaveStatus property (Added, Sighted, Unchanged).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>
    /// How many articles each transaction commits (ArchiveOptions.BatchSize by default). Larger batches write the
    /// archive's indexes fewer times per article, and hold more articles in memory (docs/archive.md, "Batch size").
    /// </summary>
    [Parameter]
    [ValidateRange(1, 1_000_000)]
    public int BatchSize { get; set; } = new ArchiveOptions().BatchSize;

    /// <summary>Starts the progress bar (the archive is opened at the first article to save, so -WhatIf creates no file).</summary>
    protected override void BeginProcessing()
    {
        _progress = new Progress.ThrottledProgress(this, 3, "Save-Bulletin");
    }

    /// <summary>Saves each article (unless -WhatIf), writing it back with its SaveStatus: Added, Sighted or Unchanged.</summary>
    protected override void ProcessRecord()
    {
        foreach (var article in InputObject)
        {
            _seen++;
            if (!ShouldProcess($"{article.Title} ({article.File}:{article.Line})", $"Save to the archive {ArchiveLocation.Display(Archive)}")) continue;
            // Opened at the first article to save, so -WhatIf creates no file.
            _writer ??= (_archive = ArchiveLocation.Open(this, Archive, create: true, BatchSize)).BeginSave();
            // The workers compute its fields; the archive writer takes the articles whose fields are, in order.
            foreach (var computed in Extracted(article)) Emit(Guard(() => _writer.Add(computed)));
            _progress.Report(article.File, _seen, 0, 0);
        }
    }

    /// <summary>Saves the articles still with the workers, flushes the last batch to the archive and reports the counts.</summary>
    protected override void EndProcessing()
    {
        if (_writer is not null)
        {
            foreach (var computed in ExtractedRest()) Emit(Guard(() => _writer.Add(computed)));
            Emit(Guard(_writer.Flush));
        }
        _progress.Complete();
        WriteVerbose($"Saved {_seen} articles to the archive '{ArchiveLocation.Display(Archive)}': {_counts[SaveStatus.Added]} added, {_counts[SaveStatus.Sighted]} sighted again, {_counts[SaveStatus.Unchanged]} already archived.");
    }

    /// <summary>Closes the save batch and the archive.</summary>
    private protected override void Release()
    {
        _writer?.Dispose();
        _archive?.Dispose();
    }

    private IReadOnlyList<SaveOutcome> Guard(Func<IReadOnlyList<SaveOutcome>> save)
    {
        try
        {
            return save();
        }
        catch (DbException e)
        {
            ThrowTerminatingError(ArchiveErrors.Failed(ArchiveLocation.Display(Archive), e));
            throw;
        }
    }

    private void Emit(IReadOnlyList<SaveOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _counts[outcome.Status]++;
            if (!PassThru) continue;
            var output = PSObject.AsPSObject(outcome.Article);
            output.Properties.Add(new PSNoteProperty("SaveStatus", outcome.Status));
            WriteObject(output);
        }
    }
}
