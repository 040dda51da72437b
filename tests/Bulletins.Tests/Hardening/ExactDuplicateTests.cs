using System.Runtime.InteropServices;
using Bulletins.Reading;

namespace Bulletins.Tests.Hardening;

/// <summary>No article is a repeat of another, or given its kind, unless its normalised text really repeats.</summary>
public class ExactDuplicateTests
{
    private const ulong Seed = 0x9E3779B97F4A7C15, Mix = 0xC2B2AE3D27D4EB4F;

    [Fact]
    public void TwoBodiesCraftedToCollideUnderA64BitHashAreNotDuplicates()
    {
        // The attack of issue 9: a notice's last four characters chosen so that an unkeyed
        // multiply-rotate hash of it equals that of a later, different report of the same length.
        var notice = "notice: the office is closed on monday for maintenance works, sorry!";
        var reportStart = "police arrested 12 suspects of a cocaine network in spain and portugal";
        Assert.Equal(0, notice.Length % 4);
        var report = reportStart[..(notice.Length - 4)] + Suffix(notice, reportStart[..(notice.Length - 4)]);
        Assert.Equal(OldHash(notice), OldHash(report));
        Assert.NotEqual(notice, report);

        var index = new DuplicateIndex();
        Assert.Null(index.FindOrAdd(notice, isTruncated: false, "notice"));
        index.RememberRecordType("notice", typeof(NewsRelease));

        Assert.Null(index.FindOrAdd(report, isTruncated: false, "report"));
    }

    [Fact]
    public void ATrueRepeatIsStillFoundAndKeepsItsOriginalsKind()
    {
        var body = "police arrested 12 suspects of a cocaine network in spain and portugal.";
        var index = new DuplicateIndex();
        Assert.Null(index.FindOrAdd(body, isTruncated: false, "first"));
        index.RememberRecordType("first", typeof(OperationReport));

        Assert.Equal("first", index.FindOrAdd(new string(body.AsSpan()), isTruncated: false, "second"));
        Assert.Equal(typeof(OperationReport), index.RecordTypeOf("first"));
    }

    /// <summary>The four characters that make <paramref name="start"/> + them hash like <paramref name="target"/> under the old hash.</summary>
    private static string Suffix(string target, string start)
    {
        ulong wanted = Unmix(OldHash(target));
        ulong word = (wanted ^ OldHash(start)) * Inverse(Mix);
        return new string(MemoryMarshal.Cast<ulong, char>([word]));
    }

    private static ulong OldHash(ReadOnlySpan<char> text)
    {
        ulong hash = Seed;
        int whole = text.Length & ~3;
        foreach (ulong word in MemoryMarshal.Cast<char, ulong>(text[..whole])) hash = Step(hash, word);
        foreach (char c in text[whole..]) hash = Step(hash, c);
        return hash;
    }

    private static ulong Step(ulong hash, ulong value) => Finish(hash ^ (value * Mix));

    private static ulong Finish(ulong hash)
    {
        hash = ulong.RotateLeft(hash, 31) * Seed;
        return hash ^ (hash >> 29);
    }

    /// <summary>The state before <see cref="Finish"/> that gives <paramref name="hash"/> (each step is a bijection).</summary>
    private static ulong Unmix(ulong hash)
    {
        ulong x = hash;
        for (int shift = 29; shift < 64; shift += 29) x = hash ^ (x >> 29);
        return ulong.RotateRight(x * Inverse(Seed), 31);
    }

    /// <summary>The inverse of an odd number modulo 2^64 (Newton's iteration).</summary>
    private static ulong Inverse(ulong odd)
    {
        ulong x = odd;
        for (int i = 0; i < 6; i++) x *= 2 - odd * x;
        return x;
    }
}
