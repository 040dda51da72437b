using System.Data.Common;
using Bulletins.Archive.Stores;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Archive;

/// <summary>
/// Brings an archive forward on open. The rule (docs/archive.md): the store's text is the truth, the
/// extracted fields a cache of it. An archive of an older store version gets each later version's
/// table changes in order; an archive whose schema fingerprint differs from the schema in use (a
/// field added to the YAML, a kind's fields changed) has every article re-extracted from its stored
/// title, source and paragraphs, keeping its id, place, duplicate link and bulletin year. Each
/// chunk of articles is one transaction and the fingerprint is written last, so a migration that
/// is stopped starts again on the next open.
/// </summary>
internal static class ArchiveMigration
{
    private const int Chunk = 500;

    /// <summary>Changes of the table layout, by the version they lead to (none yet: version 1 is the first).</summary>
    private static readonly IReadOnlyDictionary<int, Action<DbConnection, DbTransaction>> Steps = new Dictionary<int, Action<DbConnection, DbTransaction>>();

    public static void Run(BulletinArchive archive, DbConnection connection, int version, string? fingerprint)
    {
        for (int next = version + 1; next <= BulletinArchive.StoreVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            Steps[next](connection, transaction);
            ArchiveMeta.Write(connection, transaction, "store_version", next.ToString(System.Globalization.CultureInfo.InvariantCulture));
            transaction.Commit();
        }
        var current = SchemaFingerprint.Of(archive.Options.Kinds);
        if (fingerprint == current) return;
        ReExtract(archive, connection);
        using (var transaction = connection.BeginTransaction())
        {
            ArchiveMeta.Write(connection, transaction, "schema", current);
            transaction.Commit();
        }
    }

    private static void ReExtract(BulletinArchive archive, DbConnection connection)
    {
        long after = 0;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var rows = new List<(long Seq, ArticleDraft Draft, string Id, string? DuplicateOf, int? Year)>();
            using (var command = Sql.Command(connection, transaction,
                "SELECT seq, id, title, source, file, line, last_line, is_truncated, duplicate_of, body, bulletin_year FROM articles WHERE seq > @after ORDER BY seq LIMIT " + Chunk))
            {
                Sql.Add(command, "@after", after);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var draft = Draft(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetBoolean(7), reader.GetString(9));
                    rows.Add((reader.GetInt64(0), draft, reader.GetString(1), reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(10) ? null : reader.GetInt32(10)));
                }
            }
            if (rows.Count == 0) return;
            using var statements = new StatementCache(connection, transaction);
            foreach (var (seq, draft, id, duplicateOf, year) in rows)
            {
                var context = new ExtractionContext(draft, id, duplicateOf, year)
                {
                    DuplicateKind = duplicateOf is null ? null : statements.Scalar("SELECT kind FROM articles WHERE id = @id", ("@id", duplicateOf)) as string,
                };
                var article = archive.Options.Factory(context);
                statements.Execute($"UPDATE articles SET kind = @kind, fields = {archive.Dialect.FieldsParameter("@fields")}, month = @month WHERE seq = @seq",
                    ("@kind", article.Kind), ("@fields", archive.Codec.Fields(article)), ("@month", ArchiveWriter.Month(article)), ("@seq", seq));
                MentionRows.Delete(statements, seq);
                MentionRows.Insert(statements, seq, article, archive.Dialect is SqliteDialect);
            }
            transaction.Commit();
            after = rows[^1].Seq;
        }
    }

    /// <summary>
    /// The draft the reader made, from the stored columns. Paragraph lines are counted as the format
    /// writes them (title, blank, Source, blank, then one blank line between paragraphs), as search
    /// hits count them: the stored article keeps its title line and last line, not each paragraph's.
    /// </summary>
    private static ArticleDraft Draft(string title, string source, string file, int line, int lastLine, bool isTruncated, string body)
    {
        var paragraphs = new List<Paragraph>();
        int at = line + 4;
        foreach (var text in ArticleCodec.Paragraphs(body))
        {
            paragraphs.Add(new Paragraph(text, at));
            at += text.Count(c => c == '\n') + 2;
        }
        return new ArticleDraft
        {
            File = file,
            Line = line,
            SourceLine = line + 2,
            LastLine = lastLine,
            Title = title,
            Source = source,
            Paragraphs = paragraphs,
            IsTruncated = isTruncated,
        };
    }
}
