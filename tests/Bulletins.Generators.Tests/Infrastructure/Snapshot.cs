using Bulletins.Testing;

namespace Bulletins.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed snapshot file under <c>Snapshots/</c>. When they differ, the
/// received text is written beside it (<c>.received.txt</c>) and the test fails saying how to
/// accept it; <c>UPDATE_SNAPSHOTS=1</c> rewrites the snapshots instead.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string received)
    {
        var directory = Fixtures.Project("Snapshots");
        var verified = Path.Combine(directory, name + ".verified.txt");
        var receivedFile = Path.Combine(directory, name + ".received.txt");
        received = received.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            File.WriteAllText(verified, received);
            File.Delete(receivedFile);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == received)
        {
            File.Delete(receivedFile);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedFile)!);
        File.WriteAllText(receivedFile, received);
        var why = expected is null ? "no snapshot exists yet" : $"it differs from the snapshot ({FirstDifference(expected, received)})";
        Assert.Fail($"Snapshot '{name}': {why}.\nReceived: {receivedFile}\nVerified: {verified}\n" +
            "Compare the two; if the received text is right, rerun with UPDATE_SNAPSHOTS=1 (or rename it) and commit the snapshot.");
    }

    /// <summary>The names of the committed snapshots in <paramref name="folder"/> (without <c>.verified.txt</c>).</summary>
    public static IEnumerable<string> Names(string folder)
    {
        var directory = Fixtures.Project("Snapshots", folder);
        const string suffix = ".verified.txt";
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + suffix).Select(path => Path.GetFileName(path)[..^suffix.Length])
            : [];
    }

    private static string FirstDifference(string expected, string received)
    {
        var expectedLines = expected.Split('\n');
        var receivedLines = received.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, receivedLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var r = i < receivedLines.Length ? receivedLines[i] : "<end>";
            if (e != r) return $"line {i + 1}: expected `{e.Trim()}`, received `{r.Trim()}`";
        }
        return "line ends";
    }
}
