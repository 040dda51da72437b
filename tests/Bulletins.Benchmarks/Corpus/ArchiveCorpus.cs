using System.Text;

namespace Bulletins.Benchmarks.Corpus;

/// <summary>
/// The archive benchmark's corpus: the generator's shapes with realistic spread, so that a filter
/// is as selective as on real archives: every country of ISO 3166 (about 250), 3 600 people
/// (60 first names by 60 last names), dates over ten years.
/// </summary>
public static class ArchiveCorpus
{
    private const int Seed = 20261201;

    private static readonly string[] FirstNames =
    [
        "Anna", "Mircea", "Jens", "Rob", "Bjørn", "Zukan", "Ewa", "Matteo", "Sofía", "Lars", "Ingrid", "Tomás",
        "Katarzyna", "Pieter", "Amélie", "Jonas", "Elena", "Marek", "Hanne", "Luca", "Nadia", "Oskar", "Petra", "Rui",
        "Sanna", "Tiago", "Ursula", "Viktor", "Wiebke", "Yannick", "Zofia", "Andrius", "Birgit", "Cosmin", "Dagny", "Emil",
        "Fatima", "Gustav", "Helena", "Igor", "Jana", "Kristof", "Liesbeth", "Mateusz", "Nora", "Olaf", "Paula", "Quentin",
        "Raluca", "Stefan", "Teodora", "Ulrich", "Vesna", "Wojciech", "Xenia", "Yusuf", "Zoran", "Agnieszka", "Bruno", "Carla",
    ];

    private static readonly string[] LastNames =
    [
        "Kowalska", "Geoană", "Lindqvist", "Bauer", "Gram", "Helez", "Rossi", "García", "Andersen", "Novak",
        "Dubois", "Jansen", "Horvat", "Popescu", "Nieminen", "Silva", "Papadopoulos", "Kovač", "Schmidt", "Moreau",
        "Virtanen", "Nowak", "Ionescu", "Ferreira", "Berg", "Petrov", "Marino", "Vasquez", "Olsen", "Kramer",
        "Lambert", "Costa", "Wouters", "Halvorsen", "Bianchi", "Lopes", "Fischer", "Mertens", "Dragan", "Eriksen",
        "Kaminski", "Leclerc", "Pavlović", "Hoffmann", "Santos", "Varga", "Nilsson", "Markovic", "Haas", "Romano",
        "Wagner", "Jovanović", "Laine", "Ribeiro", "Zieliński", "Krause", "Greco", "Meyer", "Stan", "Dahl",
    ];

    /// <summary>
    /// The corpus of about <paramref name="megabytes"/> MB, generated once into the corpus folder; another
    /// <paramref name="seed"/> gives other articles (other ids) of the same spread, to add to an archive built before.
    /// </summary>
    public static string Bulletin(int megabytes, int seed = Seed)
    {
        var path = Path.Combine(CorpusFiles.Folder, $"archive-corpus-{megabytes}mb-{seed}.txt");
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(CorpusFiles.Folder);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            new CorpusGenerator(seed, Countries(), FirstNames, LastNames, 2016).Write(writer, megabytes * 1024L * 1024L);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }

    public static string[] People() => FirstNames.SelectMany(f => LastNames.Select(l => $"{f} {l}")).ToArray();

    /// <summary>Every country name the library's list has (iso3166.tsv), so every country occurs.</summary>
    public static string[] Countries()
    {
        using var stream = typeof(Article).Assembly.GetManifestResourceStream("Bulletins.Extraction.Text.iso3166.tsv")!;
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            names.Add(line.Split('\t')[1]);
        }
        return [.. names];
    }
}
