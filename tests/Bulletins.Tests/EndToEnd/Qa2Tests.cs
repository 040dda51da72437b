using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// QA2's blind bulletins from agencies the code had not seen: a border agency (qa2_border_agency.txt),
/// an anti-fraud office (qa2_antifraud.txt) and a defence ministry (qa2_defence.txt).
/// </summary>
public class Qa2Tests
{
    private static readonly ReadResult Border = Read("qa2_border_agency.txt");
    private static readonly ReadResult AntiFraud = Read("qa2_antifraud.txt");
    private static readonly ReadResult Defence = Read("qa2_defence.txt");

    [Fact]
    public void AGluedSentenceIsFlaggedWhenTheSecondOneOpensWithAQuoteMark()
    {
        var findings = Border.Articles[0].Findings().Where(static f => f.Code == "GluedSentence").Select(static f => (f.Line, f.Text));
        Assert.Equal([(7, "vans.“These"), (9, "out.The")], findings);
    }
}
