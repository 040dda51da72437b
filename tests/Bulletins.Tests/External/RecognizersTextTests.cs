using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletins.Extraction.Extractors.Dates;
using Bulletins.Extraction.Extractors.Money;
using Bulletins.Extraction.Text;
using Xunit.Abstractions;

namespace Bulletins.Tests.External;

/// <summary>
/// The outside check: our date, money and number readers against the English specs of Microsoft
/// Recognizers-Text (../shared/external/recognizers-text), on the subsets that fall inside what
/// bulletins contain (see that folder's README). Each subset must pass at 90% or more, and every
/// failure must be one we accept, listed below with the reason.
/// </summary>
public class RecognizersTextTests(ITestOutputHelper output)
{
    private const double Required = 0.90;

    // ---------------------------------------------------------------- dates

    private static readonly string[] DateFiles = ["DateTimeModel.json", "DateParser.json", "DatePeriodParser.json"];

    private static readonly Regex MonthName = new(
        @"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex FourDigitYear = new(@"(?<!\d)\d{4}(?!\d)", RegexOptions.Compiled);

    /// <summary>Inputs whose dates are relative to the reference date, whatever the timex says.</summary>
    private static readonly Regex Relative = new(
        @"\b(today|tomorrow|yesterday|now|next|last|this|ago)\b|\b\d+ (day|week|month|year)s? (before|after)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Dictionary<string, string> AcceptedDateFailures = new()
    {
        ["I'll be out between 2015 May and 2018"] = "a bare year ending a range runs through that year for us (to 31 December 2018); Recognizers stops at 1 January 2018",
        ["I'll be out between May 2015 and 2018"] = "same: `and 2018` runs through 2018 for us",
        ["I'll be out from Feb 1st to March 2019"] = "`to March 2019` runs through March for us; Recognizers stops at 1 March",
        ["I'll be out between Feb 1st and March 2019"] = "same: through March for us",
        ["I'll be out between January 1st 2015 and Feb 2018"] = "same: through February 2018 for us",
    };

    [Fact]
    public void DatesInDomainPassAtNinetyPercent()
    {
        var score = new SubsetScore("dates (absolute, month + four-digit year)");
        foreach (var file in DateFiles)
        {
            foreach (var testCase in RecognizersCases.Load(file))
            {
                if (!IsInDateDomain(testCase, out var expected)) continue;
                string input = testCase.GetProperty("Input").GetString()!;
                var actual = DateExtractor.Extract(input, defaultYear: null)
                    .Select(d => (DateOnly.FromDateTime(d.Start), DateOnly.FromDateTime(d.End))).OrderBy(r => r).ToList();
                bool passed = actual.SequenceEqual(expected.OrderBy(r => r));
                score.Add(input, passed, $"got [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]", AcceptedDateFailures);
            }
        }
        AssertScore(score, AcceptedDateFailures);
    }

    private static bool IsInDateDomain(JsonElement testCase, out List<(DateOnly, DateOnly)> expected)
    {
        expected = [];
        if (RecognizersCases.NotSupportedInDotnet(testCase)) return false;
        string input = testCase.GetProperty("Input").GetString()!;
        if (!MonthName.IsMatch(input) || !FourDigitYear.IsMatch(input) || Relative.IsMatch(input)) return false;
        var results = RecognizersCases.Results(testCase).ToList();
        if (results.Count == 0) return false;
        foreach (var result in results)
        {
            foreach (var timex in Timexes(result))
            {
                if (!TryAbsolute(timex, out var range)) return false;
                expected.Add(range);
            }
        }
        expected = expected.Distinct().ToList();
        return expected.Count > 0;
    }

    private static IEnumerable<string> Timexes(JsonElement result)
    {
        if (result.TryGetProperty("Resolution", out var resolution) && resolution.TryGetProperty("values", out var values))
        {
            foreach (var value in values.EnumerateArray())
                yield return value.TryGetProperty("timex", out var t) ? t.GetString() ?? "" : "";
        }
        else if (result.TryGetProperty("Value", out var value) && value.TryGetProperty("Timex", out var timex))
        {
            yield return timex.GetString() ?? "";
        }
        else
        {
            yield return "";
        }
    }

    /// <summary>
    /// An absolute timex as an inclusive range: <c>2016-06-15</c> is that day, <c>2016-06</c> the month,
    /// <c>(a,b,PnD)</c> runs from a to b, and <c>(a,b,PnM)</c> from a through the month b names
    /// (Recognizers ends a month range on the first day of its last month; we read `to June` as
    /// through June, so the end is compared as that month's last day).
    /// </summary>
    private static bool TryAbsolute(string timex, out (DateOnly, DateOnly) range)
    {
        range = default;
        if (timex.Length == 0) return false;
        if (timex.StartsWith('('))
        {
            var parts = timex.Trim('(', ')').Split(',');
            if (parts.Length != 3 || parts[0].IndexOfAny(['X', 'W', 'T']) >= 0 || parts[1].IndexOfAny(['X', 'W', 'T']) >= 0) return false;
            if (!TryPoint(parts[0], out var a, out _) || !TryPoint(parts[1], out var b, out _)) return false;
            if (parts[2].EndsWith('M') || parts[2].EndsWith('Y'))
                b = new DateOnly(b.Year, b.Month, DateTime.DaysInMonth(b.Year, b.Month));
            range = (a, b);
            return true;
        }
        if (timex.IndexOfAny(['X', 'W', 'T', 'P']) >= 0) return false;
        if (!TryPoint(timex, out var start, out var end)) return false;
        range = (start, end);
        return true;
    }

    private static bool TryPoint(string text, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        var parts = text.Split('-');
        if (!int.TryParse(parts[0], out int year)) return false;
        if (parts.Length == 1) { start = new DateOnly(year, 1, 1); end = new DateOnly(year, 12, 31); return true; }
        if (!int.TryParse(parts[1], out int month) || month is < 1 or > 12) return false;
        if (parts.Length == 2) { start = new DateOnly(year, month, 1); end = new DateOnly(year, month, DateTime.DaysInMonth(year, month)); return true; }
        if (!int.TryParse(parts[2], out int day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        start = end = new DateOnly(year, month, day);
        return true;
    }

    // ---------------------------------------------------------------- money

    private static readonly Dictionary<string, string> CurrencyUnits = new()
    {
        ["Dollar"] = "USD", ["United States dollar"] = "USD", ["Euro"] = "EUR", ["Pound"] = "GBP", ["British pound"] = "GBP",
    };

    private static readonly Dictionary<string, string> AcceptedMoneyFailures = new()
    {
        ["It costs one dollar and one and one point of your credit points."] = "`and one and one point` is no amount of cents in any text we read",
        ["It costs one dollar and two and three points of your credit points."] = "same construction",
        ["They paid 75 USD million but the price was actually 50 million USD. And if they had just 15 USD 50 more, they would have paid 80 USD million."] = "`15 USD 50 more`: cents followed by a word are not taken, or `10 dollars 30 people` would become 10.30",
    };

    [Fact]
    public void MoneyInDollarsEurosAndPoundsPassesAtNinetyPercent()
    {
        var score = new SubsetScore("money (dollars, euros, pounds)");
        foreach (var testCase in RecognizersCases.Load("CurrencyModel.json"))
        {
            if (RecognizersCases.NotSupportedInDotnet(testCase)) continue;
            var results = RecognizersCases.Results(testCase).ToList();
            if (results.Count == 0) continue;
            var expected = new List<(string, decimal, string)>();
            bool inDomain = true;
            foreach (var result in results)
            {
                var resolution = result.GetProperty("Resolution");
                string unit = resolution.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "";
                if (!CurrencyUnits.TryGetValue(unit, out var code)) { inDomain = false; break; }
                // A bare currency name (`dollars`) has no value: it is not an amount.
                if (!resolution.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String) continue;
                expected.Add((RecognizersCases.Normalise(result.GetProperty("Text").GetString()!),
                    decimal.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture), code));
            }
            if (!inDomain || expected.Count == 0) continue;
            string input = testCase.GetProperty("Input").GetString()!;
            var actual = MoneyGrammar.Find(input)
                .Select(m => (RecognizersCases.Normalise(input[m.Start..m.End]), m.Amount, m.Currency)).ToList();
            bool passed = actual.Count == expected.Count && actual.Zip(expected).All(p => p.First.Item1 == p.Second.Item1 && p.First.Amount == p.Second.Item2 && p.First.Currency == p.Second.Item3);
            score.Add(input, passed, $"got [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]", AcceptedMoneyFailures);
        }
        AssertScore(score, AcceptedMoneyFailures);
    }

    // ---------------------------------------------------------------- numbers

    private static readonly Dictionary<string, string> AcceptedNumberFailures = new()
    {
        ["192.168.1.2"] = "a dot before exactly three digits is a thousands separator in the agencies' texts (Eurojust's `10.105`, NATO's `90.000 forces`), so `192.168` reads as one number; IP addresses are not counts",
    };

    [Fact]
    public void CardinalNumbersPassAtNinetyPercent()
    {
        var score = new SubsetScore("numbers (cardinals in words or digits)");
        foreach (var testCase in RecognizersCases.Load("NumberModel.json"))
        {
            if (RecognizersCases.NotSupportedInDotnet(testCase)) continue;
            var results = RecognizersCases.Results(testCase).ToList();
            if (results.Count == 0) continue;
            // Cardinals: whole, non-negative numbers written in digits or words.
            if (!results.All(IsCardinal)) continue;
            string input = testCase.GetProperty("Input").GetString()!;
            var expected = results.Select(r => (RecognizersCases.Normalise(r.GetProperty("Text").GetString()!),
                decimal.Parse(r.GetProperty("Resolution").GetProperty("value").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture))).ToList();
            var actual = NumberReader.FindAll(input).Select(n => (RecognizersCases.Normalise(input[n.Start..n.End]), n.Value)).ToList();
            score.Add(input, actual.SequenceEqual(expected), $"got [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]", AcceptedNumberFailures);
        }
        AssertScore(score, AcceptedNumberFailures);
    }

    /// <summary>
    /// A cardinal in words or digits: an integer result whose text is digits (with separators) or
    /// number words, not a shorthand (<c>10k</c>, <c>2mil</c>, <c>1MM</c>, <c>3 dozens</c>, <c>13 lakh</c>),
    /// a negative number or a decimal.
    /// </summary>
    private static bool IsCardinal(JsonElement result)
    {
        var resolution = result.GetProperty("Resolution");
        if (!resolution.TryGetProperty("subtype", out var subtype) || subtype.GetString() != "integer") return false;
        string value = resolution.GetProperty("value").GetString()!;
        if (value.StartsWith('-')) return false;
        string text = result.GetProperty("Text").GetString()!;
        return CardinalText.IsMatch(text);
    }

    private static readonly Regex CardinalText = new(
        @"^(\d{1,3}([,\s\u00A0\u202F]\d{3})+|\d+|((zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|and)[\s-]*)+|\d+(\.\d+)? (hundred|thousand|million|billion|trillion))$",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private void AssertScore(SubsetScore score, IReadOnlyDictionary<string, string> accepted)
    {
        score.Report(output);
        var stale = score.StaleAccepted(accepted).ToList();
        Assert.True(stale.Count == 0, "accepted failures that no longer fail (remove them): " + string.Join(" | ", stale));
        Assert.True(score.Total >= 10, $"the subset is too small to mean anything: {score.Total} cases");
        Assert.True(score.Rate >= Required, $"pass rate {score.Rate:P1} is below {Required:P0}");
        Assert.True(score.UnexpectedFailures.Count == 0, "failures not in the accepted list:\n" + string.Join("\n", score.UnexpectedFailures));
    }
}
