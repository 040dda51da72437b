using System.Text;
using Bulletins.Querying;
using NpgsqlTypes;

namespace Bulletins.Archive.Stores;

/// <summary>
/// PostgreSQL's full-text words, made by the archive rather than by the server's text search parser:
/// the file search's words (<see cref="WordTokenizer"/>: runs of letters and digits), case folded, with
/// their positions, the title's weighted A and the body's B. The query's phrases are made of the same
/// words, so PostgreSQL finds what the file search and SQLite's FTS5 (unicode61) find: <c>2.4</c> is the
/// words <c>2</c> and <c>4</c>, an e-mail address or a URL its words, <c>cyber-attacks</c> the words
/// <c>cyber</c> and <c>attacks</c> in a row. Parsing the text was half of the server's work on a saved
/// row (docs/archive.md, "Sixth round").
/// </summary>
/// <remarks>
/// PostgreSQL's limits, and what is done at each: a lexeme holds at most 2 047 bytes of UTF-8 (a query's
/// 2 046, as Npgsql sends it), so a longer word is cut to its first 2 046 bytes, in the vector and in the query alike (the query then finds
/// every word that starts so, and the file search's matcher keeps the right ones); a position is at most
/// 16 383, so every later word is at 16 383, and a lexeme keeps its first 256 positions, as
/// <c>to_tsvector</c> does (a phrase beyond those is not found here, as before); a vector holds about
/// 1 MB, so an article whose distinct words exceed it (a hundred thousand words or more) keeps its first
/// ones. Between the title and each paragraph one position is left empty, so a phrase runs across
/// neither, as over files (FTS5 keeps the title and the body apart too).
/// </remarks>
internal static class PostgresSearch
{
    /// <summary>PostgreSQL's largest position (<c>MAXENTRYPOS - 1</c>).</summary>
    public const int MaxPosition = (1 << 14) - 1;

    /// <summary>The most positions a lexeme holds (<c>MAXNUMPOS</c>).</summary>
    public const int MaxPositions = 256;

    /// <summary>
    /// The longest lexeme in UTF-8 bytes: a vector's may hold 2 047 (<c>MAXSTRLEN</c>), but Npgsql sends a query's
    /// lexeme of at most 2 046, and a word must be cut the same in both.
    /// </summary>
    public const int MaxLexemeBytes = (1 << 11) - 2;

    // A vector's lexemes and positions must fit 1 MB (MAXSTRPOS); this leaves room for the alignment.
    private const int MaxVectorBytes = 1_000_000;

    private const int WeightA = 3 << 14;
    private const int WeightB = 2 << 14;

    /// <summary>The lexeme of one word: each character folded as the file search compares (upper, then lower case, invariant), cut to <see cref="MaxLexemeBytes"/>.</summary>
    public static string Lexeme(ReadOnlySpan<char> word)
    {
        // Upper then lower: the file search compares OrdinalIgnoreCase (upper case), so ı, I and i are one word there, as ſ and s;
        // lower case alone would keep them apart. Every pair it counts equal folds to one lexeme here.
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++) folded[i] = char.ToLowerInvariant(char.ToUpperInvariant(word[i]));
        // A word is letters and digits (no surrogate halves: char.IsLetterOrDigit is false for them), so each character
        // is one to three bytes of UTF-8 and any cut is between characters.
        int length = folded.Length;
        if (length * 3 > MaxLexemeBytes)
        {
            int bytes = 0;
            for (length = 0; length < folded.Length; length++)
            {
                bytes += folded[length] < 0x80 ? 1 : folded[length] < 0x800 ? 2 : 3;
                if (bytes > MaxLexemeBytes) break;
            }
        }
        return new string(folded[..length]);
    }

    /// <summary>
    /// The article's vector in tsvector's text form (<c>'lexeme':1A,7B ...</c>, lexemes in byte order), which the archive
    /// sends for the server to read with <c>::tsvector</c>. Npgsql 10 gives <see cref="NpgsqlTsVector"/> no public
    /// constructor (only <c>Parse</c>, obsolete), and parsing this text into one on the client cost three times as much.
    /// </summary>
    public static string VectorText(string title, IReadOnlyList<string> paragraphs)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int position = 0;
        int bytes = 0;
        Add(title, WeightA);
        foreach (var paragraph in paragraphs) Add(paragraph, WeightB);

        var lexemes = positions.Keys.ToArray();
        // Ordinal order is PostgreSQL's order of lexemes (their UTF-8 bytes): a word holds no surrogates.
        Array.Sort(lexemes, StringComparer.Ordinal);
        var text = new StringBuilder(bytes + lexemes.Length * 4);
        foreach (var lexeme in lexemes)
        {
            if (text.Length > 0) text.Append(' ');
            // Letters and digits only, but quoted and escaped as the tsvector syntax asks all the same.
            text.Append('\'');
            foreach (char c in lexeme)
            {
                if (c is '\'' or '\\') text.Append(c);
                text.Append(c);
            }
            text.Append("':");
            var list = positions[lexeme];
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(list[i] & MaxPosition).Append((list[i] & ~MaxPosition) == WeightA ? 'A' : 'B');
            }
        }
        return text.ToString();

        void Add(string field, int weight)
        {
            // The empty position before each field but the first: no phrase runs across two.
            if (position > 0) position++;
            foreach (var (start, length) in WordTokenizer.Words(field))
            {
                position++;
                int at = Math.Min(position, MaxPosition);
                var lexeme = Lexeme(field.AsSpan(start, length));
                if (positions.TryGetValue(lexeme, out var list))
                {
                    // Positions only grow; one beyond the last position PostgreSQL has is that position again, kept once.
                    if (list.Count == MaxPositions || (list[^1] & MaxPosition) == at || bytes + 2 > MaxVectorBytes) continue;
                    bytes += 2;
                }
                else
                {
                    // The lexeme, its NUL, the count of its positions and its first position.
                    int size = Encoding.UTF8.GetByteCount(lexeme) + 5;
                    if (bytes + size > MaxVectorBytes) continue;
                    bytes += size;
                    positions.Add(lexeme, list = new List<int>(4));
                }
                list.Add(at | weight);
            }
        }
    }

    /// <summary>
    /// The query's terms (each a word or a phrase, its words joined by spaces) as one tsquery: each term the
    /// phrase of its words' lexemes (<c>'w1' &lt;-&gt; 'w2'</c>), the terms ANDed.
    /// </summary>
    public static NpgsqlTsQuery Query(IReadOnlyList<string> terms)
    {
        NpgsqlTsQuery? query = null;
        foreach (var term in terms)
        {
            NpgsqlTsQuery? phrase = null;
            foreach (var (start, length) in WordTokenizer.Words(term))
            {
                var word = new NpgsqlTsQueryLexeme(Lexeme(term.AsSpan(start, length)));
                phrase = phrase is null ? word : new NpgsqlTsQueryFollowedBy(phrase, 1, word);
            }
            if (phrase is null) continue;
            query = query is null ? phrase : new NpgsqlTsQueryAnd(query, phrase);
        }
        // SearchQuery gives no term without a word; an empty query is not searched (BulletinArchive.Search).
        return query ?? new NpgsqlTsQueryEmpty();
    }
}
