using System.Text.RegularExpressions;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Generators.Tests;

/// <summary>The run-time helpers the generated classifier and pattern/flag fields call.</summary>
public class PatternExtractorTests
{
    private static readonly ExtractionContext Context = new(new ArticleDraft
    {
        File = "f.txt",
        Line = 1,
        LastLine = 9,
        Title = "Title with 3 apples",
        Source = "Source office",
        Paragraphs = [new Paragraph("Opening has 5 apples and 7 pears.", 5), new Paragraph("Middle has 5 apples\nand EUR 240 000.", 7), new Paragraph("Closing words.", 9)],
    }, "id");

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, PatternExtractor.MatchTimeout);

    [Theory]
    [InlineData(TextScope.Title, new[] { "Title with 3 apples" })]
    [InlineData(TextScope.Source, new[] { "Source office" })]
    [InlineData(TextScope.Opening, new[] { "Opening has 5 apples and 7 pears." })]
    [InlineData(TextScope.Closing, new[] { "Closing words." })]
    [InlineData(TextScope.Body, new[] { "Opening has 5 apples and 7 pears.", "Middle has 5 apples\nand EUR 240 000.", "Closing words." })]
    [InlineData(TextScope.All, new[] { "Title with 3 apples", "Opening has 5 apples and 7 pears.", "Middle has 5 apples\nand EUR 240 000.", "Closing words." })]
    public void Scopes_cover_their_pieces_of_the_article(TextScope scope, string[] expected) =>
        Assert.Equal(expected, PatternExtractor.Texts(Context, scope));

    [Fact]
    public void Patterns_match_each_piece_separately_never_across_paragraphs()
    {
        Assert.True(PatternExtractor.IsMatch(Context, TextScope.Body, Pattern("pears")));
        Assert.False(PatternExtractor.IsMatch(Context, TextScope.Body, Pattern(@"pears\.\s+Middle")));
        Assert.False(PatternExtractor.IsMatch(Context, TextScope.Opening, Pattern("Middle")));
    }

    [Fact]
    public void Values_come_from_the_value_group_else_the_whole_match_distinct_in_order()
    {
        Assert.Equal(["3", "5", "7"], PatternExtractor.AllTexts(Context, TextScope.All, Pattern(@"(?<value>\d+) (apples|pears)")));
        Assert.Equal(["3 apples", "5 apples"], PatternExtractor.AllTexts(Context, TextScope.All, Pattern(@"\d+ apples")));
        Assert.Equal("5", PatternExtractor.FirstText(Context, TextScope.Body, Pattern(@"(?<value>\d+) apples")));
        Assert.Null(PatternExtractor.FirstText(Context, TextScope.Title, Pattern("pears")));
    }

    [Fact]
    public void Typed_values_parse_grouped_digits_and_skip_what_does_not_parse()
    {
        Assert.Equal(240000, PatternExtractor.FirstValue<int>(Context, TextScope.Body, Pattern(@"EUR (?<value>[\d ]+\d)"), PatternExtractor.TryParseInt32));
        Assert.Equal([3, 5, 7], PatternExtractor.AllValues<int>(Context, TextScope.All, Pattern(@"(?<value>\w+) (apples|pears)"), PatternExtractor.TryParseInt32));
        Assert.Null(PatternExtractor.FirstValue<int>(Context, TextScope.All, Pattern(@"Closing"), PatternExtractor.TryParseInt32));
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2 March 2026")]
    [InlineData("March 2, 2026")]
    [InlineData("2\u00a0March\u00a02026")]
    public void Dates_parse_in_the_forms_bulletins_write(string text)
    {
        Assert.True(PatternExtractor.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 2), date);
    }

    [Fact]
    public void Flag_checks_the_false_pattern_first_and_is_null_when_neither_matches()
    {
        var apples = Pattern("apples");
        var pears = Pattern("pears");
        var plums = Pattern("plums");

        Assert.False(PatternExtractor.Flag(Context, TextScope.All, whenTrue: apples, whenFalse: pears));
        Assert.True(PatternExtractor.Flag(Context, TextScope.All, whenTrue: apples, whenFalse: plums));
        Assert.Null(PatternExtractor.Flag(Context, TextScope.All, whenTrue: plums, whenFalse: null));
    }
}
