using Xunit.Abstractions;

namespace Bulletins.Tests.External;

/// <summary>Pass/fail tally of one in-domain subset, with the failures listed for the output.</summary>
internal sealed class SubsetScore(string name)
{
    private readonly List<string> _unexpected = [];
    private readonly List<string> _accepted = [];
    private readonly HashSet<string> _acceptedUsed = [];

    public int Total { get; private set; }
    public int Passed { get; private set; }
    public double Rate => Total == 0 ? 0 : (double)Passed / Total;
    public IReadOnlyList<string> UnexpectedFailures => _unexpected;

    public void Add(string input, bool passed, string detail, IReadOnlyDictionary<string, string> accepted)
    {
        Total++;
        if (passed) { Passed++; return; }
        if (accepted.TryGetValue(input, out var why) && _acceptedUsed.Add(input)) _accepted.Add($"  accepted: {input} -> {detail} ({why})");
        else _unexpected.Add($"  FAILED: {input} -> {detail}");
    }

    /// <summary>Accepted failures that did not fail: the list must shrink when the code improves.</summary>
    public IEnumerable<string> StaleAccepted(IReadOnlyDictionary<string, string> accepted) => accepted.Keys.Where(k => !_acceptedUsed.Contains(k));

    public void Report(ITestOutputHelper output)
    {
        output.WriteLine($"{name}: {Passed}/{Total} passed ({Rate:P1})");
        foreach (var line in _accepted) output.WriteLine(line);
        foreach (var line in _unexpected) output.WriteLine(line);
    }
}
