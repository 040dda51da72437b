using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// Where a recognition rule and an extractor read the same wording (a named pattern of the schema's
/// <c>patterns:</c>), a text the one takes the other takes too: the rule scores it and the extractor reads it.
/// </summary>
public class SharedWordingTests
{
    /// <summary>The rules of <paramref name="kind"/> that matched, by pattern text.</summary>
    private static IEnumerable<string> MatchedPatterns(ExtractionContext context, ArticleKind kind) =>
        ArticleClassifier.Score(context).Single(s => s.Kind == kind).MatchedRules.Select(r => r.Pattern);

    private static ExtractionContext WithAuthorities(string intro) =>
        DraftReader.Context("Title", "Eurojust", "Eleven suspects were arrested on Tuesday.",
            intro + "\n  • Italy: Public Prosecutor’s Office of Milan; Financial Police (Guardia di Finanza)");

    [Theory]
    [InlineData("The following authorities were involved:")]
    // Once only the extractor's wording: a list intro without `the following`.
    [InlineData("Participating countries:")]
    [InlineData("Authorities involved:")]
    // Once only the rule's wording: `the following ... have been involved`, the verb far from the line's end.
    [InlineData("The following agencies have been involved in the investigation, which began in 2022 and was coordinated from The Hague")]
    public void AnAuthoritiesPhraseScoresForAnOperationAndStartsTheList(string intro)
    {
        var context = WithAuthorities(intro);

        Assert.Contains(ArticlePatterns.AuthoritiesInvolved.Text, MatchedPatterns(context, ArticleKind.OperationReport));
        Assert.Equal(["Public Prosecutor’s Office of Milan", "Financial Police (Guardia di Finanza)"], AuthorityExtractor.Extract(context)["Italy"]);
    }

    [Fact]
    public void AnIntroOfTheLongerFormStartsTheListWithoutScoring()
    {
        // The subject-verb-near-the-end form is the extractor's alone: too dear for the classifier's whole paragraphs.
        var context = WithAuthorities("Law enforcement agencies which supported this operation:");

        Assert.DoesNotContain(ArticlePatterns.AuthoritiesInvolved.Text, MatchedPatterns(context, ArticleKind.OperationReport));
        Assert.Equal(["Public Prosecutor’s Office of Milan", "Financial Police (Guardia di Finanza)"], AuthorityExtractor.Extract(context)["Italy"]);
    }

    [Theory]
    [InlineData("There will be a media opportunity at the start of the meeting.")]
    // Once only the flag's wording: the rule knew `media opportunity`, `open to media` and pool cameras only.
    [InlineData("A photo opportunity is planned at 10:00.")]
    [InlineData("The signing ceremony is open to the press.")]
    [InlineData("Journalists wishing to attend must register by Monday.")]
    [InlineData("Media are invited to the opening of the new centre.")]
    public void PressArrangementsScoreForAnAdvisoryAndMakeItsMediaOpportunityTrue(string sentence)
    {
        var context = DraftReader.Context("Secretary General to visit Latvia", "NATO", "The Secretary General will visit Riga on Monday.", sentence);

        Assert.Contains(ArticlePatterns.MediaOpportunity.Text, MatchedPatterns(context, ArticleKind.MediaAdvisory));
        Assert.True(new MediaAdvisory(context).MediaOpportunity);
    }

    [Fact]
    public void APressConferenceMakesTheOpportunityTrueWithoutScoringForAnAdvisory()
    {
        // Reports of an operation name the press conference that presented it: the flag's word, not the rule's.
        var context = DraftReader.Context("Secretary General to visit Latvia", "NATO", "A press conference follows the meeting.");

        Assert.DoesNotContain(ArticlePatterns.MediaOpportunity.Text, MatchedPatterns(context, ArticleKind.MediaAdvisory));
        Assert.True(new MediaAdvisory(context).MediaOpportunity);
    }

    [Theory]
    [InlineData("09:30 (CET) Arrival of the Secretary General", "09:30", "CET", "Arrival of the Secretary General")]
    // Once only the extractor's wording: a bullet before the time, a range with a named zone, a p.m. time.
    [InlineData("  • 10:00-11:00 CEST: Meeting with the Prime Minister", "10:00", "CEST", "Meeting with the Prime Minister")]
    [InlineData("2.30 p.m. Visit to the port", "14:30", null, "Visit to the port")]
    public void AProgrammeLineScoresForAnAdvisoryAndIsAnEntry(string line, string time, string? zone, string @event)
    {
        var context = DraftReader.Context("Programme", "NATO", "The Secretary General will visit Riga on Monday.", line);

        Assert.Contains(ArticlePatterns.ProgrammeLine.Text, MatchedPatterns(context, ArticleKind.MediaAdvisory));
        var entry = Assert.Single(ScheduleExtractor.Extract(context));
        Assert.Equal((time, zone, @event), (entry.Time, entry.TimeZone, entry.Event));
    }

    [Fact]
    public void ANumberOpeningASentenceIsNeitherASignNorAnEntry()
    {
        // Once only the rule's wording: the event starts with a capital, so an amount is no programme line.
        var context = DraftReader.Context("Assets frozen", "Eurojust", "14.50 million euros in assets were frozen.");

        Assert.DoesNotContain(ArticlePatterns.ProgrammeLine.Text, MatchedPatterns(context, ArticleKind.MediaAdvisory));
        Assert.Empty(ScheduleExtractor.Extract(context));
    }

    /// <summary>Each genre of the schema's word lists, as a title would write it (`Remarks`, `Press conference`).</summary>
    public static TheoryData<string> TranscriptGenres() => new(ArticleWords.SpeechGenres.Concat(ArticleWords.PressFormats));

    [Theory]
    [MemberData(nameof(TranscriptGenres))]
    public void ATranscriptGenreTitlesASpeechAndNamesItsSpeaker(string genre)
    {
        var title = char.ToUpperInvariant(genre[0]) + genre[1..] + " by Jane Doe";
        var context = DraftReader.Context(title, "NATO", "Good morning.");

        Assert.Equal(ArticleKind.Speech, ArticleClassifier.Classify(context));
        Assert.Contains("Jane Doe", context.People.Select(p => p.Name));
    }

    [Theory]
    // `Statement by`: the speaker is named, but a statement is the Statement kind's.
    [InlineData("Statement by Jane Doe on the summit", ArticleKind.Statement)]
    [InlineData("Presentation by Jane Doe", ArticleKind.NewsRelease)]
    public void ASpeakerGenreNamesItsSpeakerWithoutMakingATranscript(string title, ArticleKind kind)
    {
        var context = DraftReader.Context(title, "NATO", "The annual report was published today.");

        Assert.Equal(kind, ArticleClassifier.Classify(context));
        Assert.Contains("Jane Doe", context.People.Select(p => p.Name));
    }

    private static bool HandleRuleMatched(ExtractionContext context) =>
        MatchedPatterns(context, ArticleKind.MediaAdvisory).Any(p => p.Contains(ArticlePatterns.SocialHandle.Text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Updates on @NATO.", "@NATO")]
    [InlineData("Follow @NATO@NATOPress for updates.", "@NATO @NATOPress")]
    public void AHandleScoresForAnAdvisoryAndIsAHandle(string sentence, string handles)
    {
        var context = DraftReader.Context("Secretary General to visit Latvia", "NATO", sentence);

        Assert.True(HandleRuleMatched(context));
        Assert.Equal(handles.Split(' '), HandleExtractor.Extract(context));
    }

    [Fact]
    public void AnEmailAddressIsNeitherASignNorAHandle()
    {
        // Once the rule's `@[a-z0-9_]{2,}` scored the `@nato` of an e-mail address, which the extractor skipped.
        var context = DraftReader.Context("Secretary General to visit Latvia", "NATO", "Contact press@hq.nato.int for accreditation.");

        Assert.False(HandleRuleMatched(context));
        Assert.Empty(HandleExtractor.Extract(context));
    }

    [Theory]
    [InlineData("14 additional arrests in money laundering case", 14)]
    [InlineData("Nine international suspects were arrested in Spain", 9)]
    public void ACountWithTheCountersQualifiersScoresInATitleAndIsCounted(string title, int arrests)
    {
        // The title rule once knew three qualifiers (`new`, `more`, `further`); the count extractor all of `countQualifiers`.
        var context = DraftReader.Context(title, "Europol", "The suspects were arrested by police.");

        Assert.Contains(MatchedPatterns(context, ArticleKind.OperationReport), p => p.Contains("(arrests|suspects|arrested|detained|searches|victims|convictions)", StringComparison.Ordinal));
        Assert.Equal(arrests, new OperationReport(context).Arrests);
    }
}
