using Bulletins;
using Bulletins.Archive;

// Bulletins.Archive.SaveProcess <archive> <bulletin file>: saves the bulletin's articles again and
// again under new file names (so every round adds new sightings, and new articles by a changed title),
// in batches of 7, printing "committed <count>" after each commit, until the process is killed.
var archivePath = args[0];
var articles = Bulletin.Read(args[1]).ToList();
using var archive = BulletinArchive.Open(archivePath, new ArchiveOptions { BatchSize = 7 });
using var writer = archive.BeginSave();
long committed = 0;
for (int round = 0; ; round++)
{
    foreach (var article in articles)
    {
        // A new id each round: the title changes, and the id comes from title and body.
        var copy = article with { Id = $"{article.Id}-{round}", Title = $"{article.Title} ({round})", File = $"round-{round}.txt", DuplicateOf = null };
        var outcomes = writer.Add(copy);
        if (outcomes.Count > 0)
        {
            committed += outcomes.Count;
            Console.WriteLine($"committed {committed}");
            Console.Out.Flush();
        }
    }
}
