using System.Text;

namespace Bulletins.Benchmarks.Corpus;

/// <summary>
/// Writes deterministic bulletins of any size in the shapes the seed shows: every article kind,
/// feed teasers cut off with an ellipsis, speeches in short lines, bullet lists, typographic
/// characters, no-break spaces, glued sentences and repeated releases. The words are drawn from
/// small pools with a seeded generator, so the same seed and size always give the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Countries =
    [
        "Norway", "Spain", "Italy", "Albania", "France", "Germany", "Poland", "Romania", "Bosnia and Herzegovina",
        "United Kingdom", "Netherlands", "Belgium", "Sweden", "Finland", "Portugal", "Greece", "Croatia",
    ];

    private static readonly string[] Cities =
    [
        "Brussels", "Oslo", "Madrid", "Rome", "Tirana", "Paris", "Berlin", "Warsaw", "Bucharest", "Sarajevo",
        "London", "The Hague", "Stockholm", "Helsinki", "Lisbon", "Athens", "Zagreb",
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Mircea", "Jens", "Rob", "Bjørn", "Zukan", "Ewa", "Matteo", "Sofía", "Lars", "Ingrid", "Tomás",
    ];

    private static readonly string[] LastNames =
    [
        "Kowalska", "Geoană", "Lindqvist", "Bauer", "Gram", "Helez", "Rossi", "García", "Andersen", "Novak",
    ];

    private static readonly string[] Offices =
    [
        "Secretary General", "Deputy Secretary General", "Chair of the Military Committee", "Admiral",
        "Lieutenant General", "Ambassador", "Minister of Defence",
    ];

    private static readonly string[] Crimes =
    [
        "drug trafficking", "migrant smuggling", "money laundering", "investment fraud", "cyber-attacks",
        "firearms trafficking", "VAT fraud", "human trafficking",
    ];

    private static readonly string[] Nouns =
    [
        "security", "cooperation", "deterrence", "defence", "resilience", "investment", "capabilities",
        "partnership", "support", "readiness", "industry", "innovation", "training", "exercises",
    ];

    private static readonly string[] Verbs =
    [
        "strengthen", "discuss", "review", "support", "coordinate", "expand", "accelerate", "assess",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    private readonly Random _random;
    private readonly List<(string Title, string Body)> _released = [];
    private readonly string[] _countries;
    private readonly string[] _firstNames;
    private readonly string[] _lastNames;
    private readonly int _firstYear;

    /// <summary>The small pools above: the corpus every throughput benchmark reads.</summary>
    public CorpusGenerator(int seed) : this(seed, Countries, FirstNames, LastNames, 2019)
    {
    }

    /// <summary>Other pools: the archive benchmark's corpus names every country and thousands of people over ten years.</summary>
    public CorpusGenerator(int seed, string[] countries, string[] firstNames, string[] lastNames, int firstYear)
    {
        _random = new Random(seed);
        _countries = countries;
        _firstNames = firstNames;
        _lastNames = lastNames;
        _firstYear = firstYear;
    }

    /// <summary>Writes articles until at least <paramref name="bytes"/> UTF-8 bytes are written.</summary>
    public long Write(TextWriter output, long bytes)
    {
        long written = 0;
        var article = new StringBuilder(4096);
        while (written < bytes)
        {
            article.Clear();
            AppendArticle(article);
            var text = article.ToString();
            output.Write(text);
            written += Encoding.UTF8.GetByteCount(text);
        }
        return written;
    }

    private void AppendArticle(StringBuilder text)
    {
        int pick = _random.Next(100);
        string title, source, body;
        if (pick < 6 && _released.Count > 0)
        {
            // The same release again, with a reworded title (a duplicate) or as a teaser.
            var (earlierTitle, earlierBody) = _released[_random.Next(_released.Count)];
            title = "Update: " + earlierTitle;
            body = pick < 3 ? earlierBody : Teaser(earlierBody);
            source = "Europol";
        }
        else if (pick < 22) (title, source, body) = Speech();
        else if (pick < 36) (title, source, body) = MediaAdvisory();
        else if (pick < 62) (title, source, body) = OperationReport();
        else if (pick < 70) (title, source, body) = Statement();
        else (title, source, body) = NewsRelease();

        if (_released.Count < 64) _released.Add((title, body));
        else _released[_random.Next(_released.Count)] = (title, body);

        text.Append(title).Append('\n').Append('\n')
            .Append("Source: ").Append(source).Append('\n').Append('\n')
            .Append(body).Append('\n').Append('\n');
    }

    private (string, string, string) Speech()
    {
        var speaker = Person();
        var title = $"Remarks by {Pick(Offices)} {speaker} at the {Pick(Cities)} {Pick(["Security Conference", "Summit", "Forum"])}";
        var body = new StringBuilder();
        body.Append(Pick(["Good morning.", "Good afternoon.", "Thank you so much, dear Minister."])).Append("\n\n");
        int paragraphs = _random.Next(6, 14);
        for (int p = 0; p < paragraphs; p++)
        {
            int lines = _random.Next(1, 5);
            for (int l = 0; l < lines; l++)
            {
                if (l > 0) body.Append('\n');
                body.Append(ShortLine());
            }
            body.Append("\n\n");
        }
        body.Append("So, please.");
        return (title, "NATO", body.ToString());
    }

    private (string, string, string) MediaAdvisory()
    {
        var country = Pick(_countries);
        var title = $"{Pick(Offices)} to visit {country}";
        var date = Date();
        var body = new StringBuilder();
        body.Append($"The {Pick(Offices)}, {Person()}, will travel to {Pick(Cities)}, {country}, on {date}.")
            .Append(' ').Append(Sentence()).Append("\n\n");
        body.Append("Programme:\n\n");
        int hour = _random.Next(8, 12);
        int entries = _random.Next(2, 6);
        for (int e = 0; e < entries; e++)
        {
            if (e > 0) body.Append('\n');
            body.Append($"{hour + e:00}:{_random.Next(0, 4) * 15:00} (CET) {Pick(["Arrival of the", "Bilateral meeting with the", "Joint press point with the"])} {Pick(Offices)}");
        }
        body.Append("\n\n");
        body.Append(_random.Next(2) == 0
            ? "There will be no media opportunity."
            : "There will be a media opportunity at the start of the meeting.");
        body.Append("\n\nFollow us on X: @NATO@NATOPress");
        return (title, "NATO", body.ToString());
    }

    private (string, string, string) OperationReport()
    {
        int arrests = _random.Next(2, 80);
        var crime = Pick(Crimes);
        var title = $"{arrests} arrests in action against {crime} network across Europe";
        var body = new StringBuilder();
        body.Append($"On {Date()}, law enforcement and judicial authorities from {Pick(_countries)} and {Pick(_countries)} ")
            .Append($"carried out an action day against an organised crime group involved in {crime}. ")
            .Append($"A total of {arrests} suspects were arrested and {_random.Next(5, 60)} searches were carried out.")
            .Append("\n\n");
        body.Append($"Assets worth EUR {_random.Next(1, 999)}\u00A0{_random.Next(100, 999)} 000 were seized, including ")
            .Append($"{_random.Next(1, 9)} tonnes of cocaine and €{_random.Next(1, 9)}.{_random.Next(1, 9)} million in cash. ")
            .Append(Sentence());
        if (_random.Next(4) == 0) body.Append("network.The investigation continues");
        body.Append("\n\n");
        body.Append($"Operation {Pick(["Atlas", "Sentinel", "Borealis", "Kraken", "Harbour"])} was supported by Europol and Eurojust. ")
            .Append(Quote())
            .Append("\n\n");
        body.Append("The following authorities were involved:\n");
        int countries = _random.Next(2, 5);
        for (int c = 0; c < countries; c++)
        {
            if (c > 0) body.Append('\n');
            body.Append($"  • {Pick(_countries)}: {Pick(["National Police", "Public Prosecutor’s Office", "Guardia Civil", "Federal Police"])}; {Pick(["Customs", "Financial Police", "Border Guard"])}");
        }
        var source = _random.Next(2) == 0 ? "Europol" : "Eurojust";
        return (title, source, body.ToString());
    }

    private (string, string, string) Statement()
    {
        var title = $"Joint Statement on {Pick(Nouns)} and {Pick(Nouns)} in {Pick(_countries)}";
        var body = $"We, the {Pick(["Allies", "partners", "signatories"])}, strongly condemn the attacks of {Date()}. {Sentence()} {Sentence()}\n\n{Sentence()} {Quote()}";
        return (title, _random.Next(2) == 0 ? "NATO" : "Europol", body);
    }

    private (string, string, string) NewsRelease()
    {
        var title = $"{Pick(Offices)} {Pick(["meets", "welcomes", "thanks", "addresses"])} {Pick(["Ministers", "partners", "troops", "industry leaders"])} in {Pick(Cities)}";
        var body = new StringBuilder();
        body.Append($"On {Date()}, {Pick(Offices)} {Person()} met with {Pick(Offices)} {Person()} in {Pick(Cities)}. ")
            .Append(Sentence()).Append(' ').Append(Sentence()).Append("\n\n");
        int paragraphs = _random.Next(2, 6);
        for (int p = 0; p < paragraphs; p++)
        {
            body.Append(Sentence()).Append(' ').Append(Sentence()).Append(' ').Append(Quote());
            if (_random.Next(5) == 0) body.Append(" The deal is worth 4.5 billion dollars.");
            body.Append("\n\n");
        }
        if (_random.Next(4) == 0)
        {
            body.Append("The participants discussed:\n  • ").Append(Sentence()).Append("\n  • ").Append(Sentence()).Append("\n\n");
        }
        body.Append(Sentence());
        return (title, "NATO", body.ToString());
    }

    private string Teaser(string body)
    {
        var firstParagraph = body.Split("\n\n")[0];
        int cut = Math.Min(firstParagraph.Length, _random.Next(60, 240));
        return firstParagraph[..cut].TrimEnd() + "…";
    }

    private string Person() => $"{Pick(_firstNames)} {Pick(_lastNames)}";

    private string Date() => $"{_random.Next(1, 29)} {Pick(Months)} {_random.Next(_firstYear, 2026)}";

    private string Quote() =>
        $"“We will {Pick(Verbs)} our {Pick(Nouns)} and {Pick(Nouns)}”, said {Pick(["Mr", "Ms"])} {Pick(_lastNames)}.";

    private string Sentence() =>
        $"Allies {Pick(Verbs)} {Pick(Nouns)} and {Pick(Nouns)} with {Pick(_countries)}’s {Pick(Nouns)} – a step that matters for {Pick(Nouns)}\u00A0and {Pick(Nouns)}.";

    private string ShortLine() =>
        $"{Pick(["And", "But", "We", "Our", "So"])} {Pick(Verbs)} {Pick(Nouns)}{Pick([",", ".", ";"])}";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
