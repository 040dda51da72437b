using System.Data.Common;
using Bulletins.Archive.Stores;
using Bulletins.Extraction.Runtime;

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

    /// <summary>
    /// Reads every stored file again through the library's reader, from the archive's own text (each
    /// file's articles in line order, <see cref="StoredBulletinText"/>), so a day written without a year
    /// is dated from the bulletin's other articles, looking ahead, exactly as Import-Bulletin dated it.
    /// Each article keeps its stored id and duplicate link; a repeat takes its original's kind, as
    /// within one input. Articles are rewritten in chunks, each one transaction.
    /// </summary>
    private static void ReExtract(BulletinArchive archive, DbConnection connection)
    {
        using var textConnection = archive.Dialect.Connect();
        using var select = Sql.Command(textConnection, null, StoredRows.Select);
        using var cursor = select.ExecuteReader();
        var rows = new StoredRows(cursor);
        var transaction = connection.BeginTransaction();
        var statements = new StatementCache(connection, transaction);
        try
        {
            int inChunk = 0;
            while (rows.HasCurrent)
            {
                var text = new StoredBulletinText(rows);
                var options = new BulletinReadOptions
                {
                    Factory = context => text.At(context.Draft.Line) is { } row
                        ? archive.Options.Factory(new ExtractionContext(context.Draft, row.Id, row.DuplicateOf, context.BulletinYear, context.BulletinDate)
                        {
                            DuplicateRecordType = row.DuplicateOf is null ? null : archive.Codec.RecordTypeOf(statements.Scalar("SELECT kind FROM articles WHERE id = @id", ("@id", row.DuplicateOf)) as string),
                        })
                        : archive.Options.Factory(context),
                };
                foreach (var article in Bulletin.Read(text, text.File, options))
                {
                    // An article the reader cut otherwise than the stored ones (none for text the reader wrote) is not stored.
                    if (text.Take(article.Line) is not { } row) continue;
                    statements.Execute($"UPDATE articles SET kind = @kind, fields = {archive.Dialect.FieldsParameter("@fields")}, month = @month WHERE seq = @seq",
                        ("@kind", article.Kind), ("@fields", archive.Codec.Fields(article)), ("@month", ArchiveWriter.Month(article)), ("@seq", row.Seq));
                    ArticleRows.DeleteMentions(statements, row.Seq);
                    ArticleRows.InsertMentions(statements, row.Seq, article, archive.Dialect);
                    if (++inChunk < Chunk) continue;
                    statements.Dispose();
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = connection.BeginTransaction();
                    statements = new StatementCache(connection, transaction);
                    inChunk = 0;
                }
            }
            transaction.Commit();
        }
        finally
        {
            statements.Dispose();
            transaction.Dispose();
        }
    }
}
