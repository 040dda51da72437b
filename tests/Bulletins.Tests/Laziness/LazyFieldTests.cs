using System.Reflection;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;
using Bulletins.Tests.Reading;

namespace Bulletins.Tests.Laziness;

/// <summary>
/// Mentions and kind fields are computed on first read, once, thread-safe; records still compare by
/// every field; a failure found lazily leaves the field empty and is among the article's warnings.
/// </summary>
public sealed class LazyFieldTests
{
    private static ArticleDraft Draft(string body = "Police arrested 12 people in Madrid on 3 March 2024 and seized EUR 2 million.") => new()
    {
        File = "lazy.txt",
        Line = 7,
        LastLine = 11,
        Title = "Europol supports action against fraud",
        Source = "Europol",
        Paragraphs = [new Paragraph(body, 11)],
    };

    private static bool IsComputed(Article article, string field)
    {
        for (var type = article.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField(field, BindingFlags.NonPublic | BindingFlags.Instance) is { } info)
            {
                var lazy = info.GetValue(article)!;
                return (bool)lazy.GetType().GetProperty(nameof(LazyField<int>.IsComputed))!.GetValue(lazy)!;
            }
        }
        throw new ArgumentException($"no field {field} on {article.GetType().Name}");
    }

    [Fact]
    public void AFieldIsComputedOnItsFirstReadAndOnlyThen()
    {
        int calls = 0;
        var context = new ExtractionContext(Draft(), "id");
        var field = context.Lazy(_ => { calls++; return 42; }, 0, "answer");

        Assert.Equal(0, calls);
        Assert.Equal(42, field.Value);
        Assert.Equal(42, field.Value);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ThreadsReadingAFieldAtOnceComputeItOnceAndSeeOneValue()
    {
        int calls = 0;
        var context = new ExtractionContext(Draft(), "id");
        var field = context.Lazy(_ => { Interlocked.Increment(ref calls); Thread.Sleep(20); return new object(); }, null, "slow");
        using var start = new Barrier(8);
        var seen = new object?[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() => { start.SignalAndWait(); seen[i] = field.Value; })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(1, calls);
        Assert.All(seen, value => Assert.Same(seen[0], value));
    }

    [Fact]
    public void ReadingAnArticleComputesNoMentionOrKindFieldUntilOneIsRead()
    {
        var article = Assert.IsType<OperationReport>(Assert.Single(TestReading.FromText(
            "Europol supports action against fraud\n\nSource: Europol\n\nPolice arrested 12 people in Madrid and seized EUR 2 million. Mr Jens Bauer said “it worked”.\n").Articles));

        foreach (var field in new[] { "_money", "_people", "_countries", "_quotes", "_warnings", "_arrests", "_authorities" })
            Assert.False(IsComputed(article, field), field);
        Assert.Equal(12, article.Arrests);
        Assert.True(IsComputed(article, "_arrests"));
        Assert.False(IsComputed(article, "_money"));
        Assert.Equal(2_000_000m, Assert.Single(article.Money).Amount);
    }

    [Fact]
    public void DatesAreReadAtOnceForTheBulletinYearAndFlowToLaterArticles()
    {
        var articles = TestReading.FromText(
            "First release\n\nSource: NATO\n\nAllies met on 7 February 2024 in Brussels.\n\n" +
            "Second release\n\nSource: NATO\n\nThe suspect was indicted on 2 March.\n").Articles;

        Assert.True(IsComputed(articles[0], "_dates"));
        Assert.Equal(new DateTime(2024, 3, 2), Assert.Single(articles[1].Dates).Start);
    }

    [Fact]
    public void EqualityAndHashingSeeTheLazyFields()
    {
        const string text = "Europol supports action against fraud\n\nSource: Europol\n\nPolice arrested 12 people in Madrid and seized EUR 2 million.\n";
        var first = Assert.Single(TestReading.FromText(text).Articles);
        var second = Assert.Single(TestReading.FromText(text).Articles);
        _ = first.Money; // one computed, one not: still equal

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Money = [] });
        Assert.NotEqual(first, (OperationReport)second with { Arrests = 13 });
        Assert.Equal(first, first with { });
    }

    [Fact]
    public void AFailingExtractorLeavesItsFieldEmptyAndTheWarningsSaySoWithTheLine()
    {
        var context = new ExtractionContext(Draft(), "id");
        var failing = context.Lazy<IReadOnlyList<string>>(_ => throw new InvalidOperationException("broken rule"), [], "handles");
        var article = new NewsRelease(context);

        Assert.Empty(failing.Value);
        var warning = Assert.Single(article.Warnings, w => w.Code == ProblemCodes.ExtractionFailed);
        Assert.Equal(7, warning.Line);
        Assert.Contains("handles", warning.Message);
        Assert.Contains("broken rule", warning.Message);
        Assert.Equal("lazy.txt", article.File);
    }

    [Fact]
    public void AFailureFoundByReadingAnotherFieldFirstIsStillAmongTheWarnings()
    {
        var context = new ExtractionContext(Draft(), "id");
        var failing = context.Lazy<int?>(_ => throw new FormatException("bad number"), null, "arrests");
        var article = new NewsRelease(context);

        Assert.Null(failing.Value); // the property read that finds the failure does not throw
        Assert.Contains(article.Warnings, w => w.Code == ProblemCodes.ExtractionFailed && w.Message.Contains("bad number"));
    }
}
