using System.Text;
using Bulletins.Writing;

namespace Bulletins.Benchmarks.Corpus;

/// <summary>
/// The benchmark corpus on disk: generated once per size into a temp folder and reused, since a
/// 1 GB bulletin takes longer to write than most cases take to read it.
/// </summary>
public static class CorpusFiles
{
    private const int Seed = 20261122;
    private const string Version = "v1"; // bump when the generator's output changes

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "bulletins-corpus");

    /// <summary>The bulletin text of about <paramref name="megabytes"/> MB.</summary>
    public static string Bulletin(int megabytes)
    {
        var path = Path.Combine(Folder, $"corpus-{megabytes}mb-{Seed}-{Version}.txt");
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(Folder);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            new CorpusGenerator(Seed).Write(writer, megabytes * 1024L * 1024L);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The same articles as JSON Lines, written by the library's own writer. Keyed by the library
    /// build as well: the file must hold what this build extracts (a file written while the
    /// extractors found nothing would let the JSON peer skip most of the fields the import fills).
    /// </summary>
    public static string JsonLines(int megabytes)
    {
        var source = Bulletin(megabytes);
        var path = Path.ChangeExtension(source, $".{LibraryBuild}.jsonl");
        if (File.Exists(path)) return path;
        // Files of earlier builds will never be read again: 190 MB each at 100 MB.
        foreach (var stale in Directory.EnumerateFiles(Folder, Path.GetFileNameWithoutExtension(source) + ".*.jsonl"))
        {
            File.Delete(stale);
        }
        var temp = path + ".tmp";
        using (var output = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output))
        {
            foreach (var article in Bulletins.Bulletin.Read(source)) writer.Write(article);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>Names the library build the figures come from (its module version id).</summary>
    public static string LibraryBuild { get; } = typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static double SizeInMegabytes(string path) => new FileInfo(path).Length / (1024.0 * 1024.0);
}
