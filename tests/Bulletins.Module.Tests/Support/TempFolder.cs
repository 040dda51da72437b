namespace Bulletins.Module.Tests.Support;

/// <summary>A temporary folder for the files a test reads and writes; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bulletins-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM and returns the full path.</summary>
    public string Write(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)) System.IO.File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}

/// <summary>A builder for test bulletins in the seed's style.</summary>
public static class TestBulletins
{
    /// <summary>One article in the bulletin format: title, blank, Source line, blank, paragraphs.</summary>
    public static string Article(string title, string source, params string[] paragraphs) =>
        $"{title}\n\nSource: {source}\n\n{string.Join("\n\n", paragraphs)}\n\n";
}
