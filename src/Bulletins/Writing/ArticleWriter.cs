namespace Bulletins.Writing;

/// <summary>The formats articles can be written in.</summary>
public enum BulletinFormat
{
    /// <summary>The bulletin text format itself.</summary>
    Text,
    /// <summary>One JSON object per line, per the field contract in design.md.</summary>
    JsonLines,
    /// <summary>Flat columns a spreadsheet can open.</summary>
    Csv,
}

/// <summary>Writes articles one at a time to a text writer.</summary>
// PLACEHOLDER bodies: the writers arrive with issue 2 (text, JSON Lines) and issue 3 (CSV).
public abstract class ArticleWriter : IDisposable
{
    /// <summary>A writer for the format; it does not own <paramref name="output"/> unless told.</summary>
    public static ArticleWriter Create(BulletinFormat format, TextWriter output, bool ownsOutput = false) =>
        throw new NotImplementedException();

    /// <summary>Writes one article.</summary>
    public abstract void Write(Article article);

    /// <summary>Flushes what is buffered.</summary>
    public virtual void Flush()
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
