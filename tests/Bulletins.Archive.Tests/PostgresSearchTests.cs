using System.Text;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive.Tests;

/// <summary>PostgreSQL's vector and query as the archive makes them (no server needed: the server's side is in PostgresArchiveTests).</summary>
public sealed class PostgresSearchTests
{
    [Fact]
    public void TheVectorHoldsTheFileSearchsWordsTitleFirstWithAGapBeforeEachParagraph()
    {
        // Title 1-6 (A), a gap at 7, the first paragraph 8-12 (B), a gap at 13, the second 14-16 (B).
        Assert.Equal(
            "'2':4A,15B '4':5A,16B 'a':10B 'attack':12B 'cyber':11B 'eur':3A,14B 'it':8B 'million':6A 'police':1A 'seize':2A 'was':9B",
            PostgresSearch.VectorText("Police seize EUR 2.4 million", ["It was a cyber-attack.", "EUR 2.4"]));
    }

    [Fact]
    public void ALexemeFoldsEveryPairTheFileSearchCountsEqual()
    {
        // OrdinalIgnoreCase compares invariant upper case: long ſ is S there and the Kelvin sign K, which lower case alone keeps
        // apart (ſ is lower case already); dotless ı stays itself in both, as over files.
        Assert.Equal("iısk", PostgresSearch.Lexeme("Iı\u017F\u212A"));
        Assert.Equal("geoană", PostgresSearch.Lexeme("GEOANĂ"));
    }

    [Fact]
    public void AWordLongerThanALexemeIsCutToItsFirst2046Bytes()
    {
        string word = new string('é', 1500) + "a";
        var lexeme = PostgresSearch.Lexeme(word);
        Assert.Equal(2046, Encoding.UTF8.GetByteCount(lexeme));
        Assert.StartsWith(lexeme, word, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionsStopAt16383AndALexemeKeepsItsFirst256()
    {
        var text = PostgresSearch.VectorText("Title", [string.Join(" ", Enumerable.Repeat("again", 300)), string.Join(" ", Enumerable.Range(0, 17_000).Select(i => "w" + i)) + " end end"]);
        var entries = text.Split(' ').ToDictionary(e => e[1..e.IndexOf("':", StringComparison.Ordinal)], e => e[(e.IndexOf("':", StringComparison.Ordinal) + 2)..]);
        Assert.Equal(256, entries["again"].Split(',').Length);
        Assert.Equal("3B", entries["again"].Split(',')[0]);
        Assert.Equal("16383B", entries["w16999"]);
        Assert.Equal("16383B", entries["end"]);
    }

    [Fact]
    public void TheQueryIsEachTermAPhraseOfItsLexemesAllAnded()
    {
        Assert.Equal("'eur' & ( ( '2' <-> '4' ) <-> 'million' )", PostgresSearch.Query(["EUR", "2 4 Million"]).ToString());
    }
}
