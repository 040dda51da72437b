using System.Management.Automation;

namespace Bulletins.PowerShell.Commands;

/// <summary>
/// The cmdlets that read every field of the articles they take (Export-Bulletin to JSON Lines or CSV,
/// Save-Bulletin): -ThrottleLimit, declared once, and the worker threads that compute those fields ahead
/// of the pipeline thread (<see cref="ParallelFieldExtractor"/>), in the order the articles came. Writing,
/// errors and output stay on the pipeline thread; Ctrl+C (StopProcessing) stops the workers at once and
/// disposing the cmdlet (a stopped pipeline, Select-Object -First) joins them.
/// </summary>
public abstract class FieldExtractingCommand : PSCmdlet, IDisposable
{
    private ParallelFieldExtractor? _extractor;

    /// <summary>
    /// How many threads compute the articles' fields (mentions and kind fields) before they are written;
    /// the machine's cores by default, 1 for the pipeline's own thread. Articles are still written, and
    /// passed on, in the order they came.
    /// </summary>
    [Parameter]
    [ValidateRange(1, ThrottleLimits.Most)]
    public int ThrottleLimit { get; set; } = ThrottleLimits.Default;

    /// <summary>
    /// Gives an article to the workers; returns those whose fields are computed, in the order they came
    /// (often none: the workers take them in batches; with -ThrottleLimit 1, this one at once).
    /// </summary>
    private protected IReadOnlyList<Article> Extracted(Article article)
    {
        _extractor ??= new ParallelFieldExtractor(ThrottleLimit);
        try
        {
            return _extractor.Add(article);
        }
        catch (OperationCanceledException) when (Stopping)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>The articles given and not returned yet, fields computed, in order (at the end of the input).</summary>
    private protected IReadOnlyList<Article> ExtractedRest()
    {
        if (_extractor is null) return [];
        try
        {
            return _extractor.Flush();
        }
        catch (OperationCanceledException) when (Stopping)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Ctrl+C: the workers start no other article, and a wait for one ends (the pipeline thread then stops).</summary>
    protected override void StopProcessing()
    {
        _extractor?.Cancel();
        base.StopProcessing();
    }

    /// <summary>Joins the workers (dropping the articles not started), then releases what the cmdlet holds.</summary>
    public void Dispose()
    {
        _extractor?.Dispose();
        _extractor = null;
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the cmdlet's own resources (the output file, the archive), after the workers are joined.</summary>
    private protected abstract void Release();
}

/// <summary>The range and default of every -ThrottleLimit (Import-, Export-, Save-Bulletin), in one place.</summary>
internal static class ThrottleLimits
{
    /// <summary>The most threads a cmdlet starts.</summary>
    public const int Most = 1024;

    /// <summary>The machine's cores.</summary>
    public static int Default => Environment.ProcessorCount;
}
