using Bulletins.Module.Tests.Support;
using Bulletins.Querying;

namespace Bulletins.Module.Tests;

/// <summary>Search-Bulletin: text queries, filters, ranking, and where each hit matched.</summary>
public sealed class SearchBulletinTests : IDisposable
{
    private readonly ModuleHost _session = new();
    private readonly string[] _files = [TestBulletins.Path("harbour.txt"), TestBulletins.Path("judicial.txt")];

    [Fact]
    public void Every_word_must_occur_whole_and_case_does_not_matter()
    {
        var hits = Search("-Query 'BALTIC', 'estonia'");

        Assert.Equal(3, hits.Count);
        Assert.DoesNotContain(hits, h => h.Title.StartsWith("Fraud"));
        Assert.Empty(Search("-Query 'Balt'"));
    }

    [Fact]
    public void A_quoted_phrase_matches_its_words_in_a_row_and_each_match_says_where()
    {
        var hit = Assert.Single(Search("-Query '\"coordination centre\"'"));

        var match = Assert.Single(hit.Matches);
        Assert.Equal("Paragraph", match.Field);
        Assert.Equal(2, match.Paragraph);
        Assert.Equal(hit.Line + 6, match.Line);
        Assert.Contains("coordination centre", match.Snippet);
    }

    [Fact]
    public void Hits_are_ranked_by_score_with_title_matches_first_unless_file_order_is_asked()
    {
        var ranked = Search("-Query harbours");
        var inFileOrder = Search("-Query harbours -Order FileOrder");

        Assert.Equal(["Twelve arrests in operation against cocaine smuggling through Baltic harbours", "Statement by the North Atlantic Council on the attack in Baltic harbours"],
            inFileOrder.Select(h => h.Title));
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(ranked, h => Assert.Equal("Title", h.Matches[0].Field));
    }

    [Fact]
    public void Source_and_kind_filters_narrow_the_hits()
    {
        Assert.Equal(["NATO", "NATO"], Search("-Source NATO").Select(h => h.Article.Source));
        Assert.Equal(["Europol", "Eurojust"], Search("-Source Euro*").Select(h => h.Article.Source));
    }

    [Fact]
    public void Date_person_and_country_filters_use_what_was_extracted()
    {
        Assert.Equal(["Fraud network dismantled with the support of Eurojust"], Search("-After 2025-04-01").Select(h => h.Title));
        Assert.Equal(["Twelve arrests in operation against cocaine smuggling through Baltic harbours"], Search("-After 2025-03-14 -Before 2025-03-14").Select(h => h.Title));
        Assert.Equal(["Deputy Secretary General visits Tallinn to discuss Baltic security"], Search("-Person Shekerinska").Select(h => h.Title));
        Assert.Contains("Fraud network dismantled with the support of Eurojust", Search("-Country Portugal").Select(h => h.Title));
    }

    [Fact]
    public void Articles_from_the_pipeline_can_be_searched_too()
    {
        var hits = _session.Run("Import-Bulletin -LiteralPath $args | Search-Bulletin '\"action day\"'", _files).OfType<SearchHit>().ToList();

        Assert.Equal("Fraud network dismantled with the support of Eurojust", Assert.Single(hits).Title);
        Assert.Equal(2, hits[0].Matches.Count);
    }

    [Fact]
    public void The_query_parser_splits_words_and_quoted_phrases()
    {
        var query = SearchQuery.Parse("EncroChat “money laundering” extradited encrochat \"unclosed phrase");

        Assert.Equal(["EncroChat", "money laundering", "extradited", "unclosed phrase"], query.Terms.Select(t => t.Text));
        Assert.True(query.Terms[1].IsPhrase);
    }

    private List<SearchHit> Search(string parameters) =>
        _session.Run($"Search-Bulletin -LiteralPath $args {parameters}", _files).OfType<SearchHit>().ToList();

    public void Dispose() => _session.Dispose();
}
