using System.Data.Common;

namespace Bulletins.Archive;

/// <summary>One stored article's columns that re-extraction reads.</summary>
internal sealed record StoredText(long Seq, string Id, string Title, string Source, string File, int Line, string? DuplicateOf, string Body);

/// <summary>A forward cursor over stored articles ordered by file and line, one row ahead.</summary>
internal sealed class StoredRows
{
    public const string Select = "SELECT seq, id, title, source, file, line, duplicate_of, body FROM articles ORDER BY file, line, seq";

    private readonly DbDataReader _reader;

    public StoredRows(DbDataReader reader)
    {
        _reader = reader;
        MoveNext();
    }

    public bool HasCurrent { get; private set; }

    public StoredText Current { get; private set; } = null!;

    public void MoveNext()
    {
        HasCurrent = _reader.Read();
        if (HasCurrent)
        {
            Current = new StoredText(_reader.GetInt64(0), _reader.GetString(1), _reader.GetString(2), _reader.GetString(3),
                _reader.GetString(4), _reader.GetInt32(5), _reader.IsDBNull(6) ? null : _reader.GetString(6), _reader.GetString(7));
        }
    }
}
