using System.Text;
using Bulletins.Testing;
using FsCheck.Fluent;
using FsCheck;

namespace Bulletins.Tests.Fuzzing;

/// <summary>One fuzz input: a corpus file changed by a few byte-level mutations, and how to cut its text into pushed chunks.</summary>
public sealed record FuzzInput(string Seed, byte[] Bytes, int[] ChunkSizes)
{
    public override string ToString() => $"{Seed}, {Bytes.Length} bytes, chunks {string.Join(",", ChunkSizes)}: {Convert.ToBase64String(Bytes)}";
}

/// <summary>
/// FsCheck generators for the fuzz harness: the corpus (Fuzzing/Corpus, kept in the repository:
/// add a file there to make every run start from it too) mutated as attackers and accidents do:
/// NULs, stray bytes, overlong runs, huge numbers, headers, line-end changes, cut and spliced text.
/// </summary>
public static class FuzzArbitraries
{
    public static string CorpusFolder => Fixtures.Project("Fuzzing", "Corpus");

    private static readonly Lazy<(string Name, byte[] Bytes)[]> Corpus = new(() =>
        Directory.GetFiles(CorpusFolder).OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray());

    private static readonly string[] Snippets =
    [
        "\n\nSource: Europol\n\n", "\n\nSource:\n\n", "Source: NATO\n", "\0", "\r", "\r\n", "\n\n\n", "\u2026", "…\n",
        "100 200 300 400 500 600 700 800 900 100 ", "EUR 99999999999999999999999999999 billion", "0.9999999999999999999 billion",
        "Between 5 and 3 May 2024", "1 January 99999", "=HYPERLINK(\"x\")", "\uFEFF", "\u200D", "“", "”", "\u00A0\n",
        "Operation Atlas", "12 arrests", "EUR 2.4 million", "Secretary General Jens Stoltenberg said “yes”.",
    ];

    public static Arbitrary<FuzzInput> Inputs()
    {
        var mutation = Gen.Choose(0, 7).SelectMany(kind => Gen.Choose(0, int.MaxValue).SelectMany(position =>
            Gen.Choose(0, Snippets.Length - 1).SelectMany(snippet => Gen.Choose(1, 3000).Select(length => (kind, position, snippet, length)))));
        var input =
            from seed in Gen.Choose(0, Corpus.Value.Length - 1)
            from count in Gen.Choose(0, 8)
            from mutations in mutation.ListOf(count)
            from chunkCount in Gen.Choose(1, 6)
            from chunks in Gen.Choose(1, 4096).ArrayOf(chunkCount)
            let file = Corpus.Value[seed]
            select new FuzzInput(file.Name, Mutate(file.Bytes, mutations), chunks);
        return input.ToArbitrary();
    }

    private static byte[] Mutate(byte[] original, IEnumerable<(int Kind, int Position, int Snippet, int Length)> mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var (kind, position, snippet, length) in mutations)
        {
            int at = bytes.Count == 0 ? 0 : position % (bytes.Count + 1);
            switch (kind)
            {
                case 0: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Snippets[snippet])); break;
                case 1: if (at < bytes.Count) bytes[at] = (byte)(length & 0xFF); break; // a stray byte
                case 2: bytes.RemoveRange(at, Math.Min(length, bytes.Count - at)); break; // cut
                case 3: bytes.InsertRange(at, Enumerable.Repeat((byte)"x1 .\n"[length % 5], length * 10)); break; // a long run
                case 4: bytes.InsertRange(at, bytes.Skip(at).Take(length).ToArray()); break; // a repeat
                case 5: if (at < bytes.Count && bytes[at] == (byte)'\n') bytes[at] = (byte)'\r'; break;
                case 6: bytes.InsertRange(0, Encoding.UTF8.GetBytes(Snippets[snippet])); break;
                default: bytes.AddRange(Encoding.UTF8.GetBytes(Snippets[snippet])); break;
            }
        }
        return [.. bytes];
    }
}
