using System.Reflection;
using System.Text.RegularExpressions;
using Bulletins.Extraction.Extractors;
using Bulletins.Extraction.Runtime;
using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The library's own C# patterns run on the backtracking interpreter (<see cref="BuiltInRegex"/>) because the
/// non-backtracking engine costs megabytes to build each of them; the switch must not change what they find. Each
/// pattern is held to a non-backtracking copy of itself on the windows the extractors give it (each line, and the
/// text before and after every quote mark) of the seed and every committed test bulletin, and on edge cases.
/// </summary>
public class BuiltInRegexTests
{
    private static readonly Type[] Extractors = [typeof(AuthorityExtractor), typeof(Bulletins.Extraction.Extractors.Quotes.QuoteExtractor)];

    public static TheoryData<string> Patterns
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (name, _) in BuiltIn()) data.Add(name);
            return data;
        }
    }

    private static IEnumerable<(string Name, Regex Regex)> BuiltIn() =>
        from type in Extractors
        from field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        where field.FieldType == typeof(Regex)
        select (type.Name + "." + field.Name, (Regex)field.GetValue(null)!);

    private static readonly Lazy<List<string>> Windows = new(() =>
    {
        var files = new[] { "Bulletins", "EndToEnd/Bulletins", "Reading/Bulletins" }
            .SelectMany(folder => Directory.GetFiles(Fixtures.Project(folder.Split('/')), "*.txt"))
            .Append(Fixtures.Seed);
        var windows = new List<string>
        {
            "", " ", "said", ", said the Admiral", "”, he added", " Jane Doe, head of the unit, said", ", " + new string('x', 100) + ", said",
            ", " + new string('x', 101) + ", said", "The authorities " + new string('y', 200) + ":", "The authorities " + new string('y', 201) + ":",
            "Requesting and executing authorities:  ", "with the participation of:", "  • Spain: National Police (Policía Nacional); Guardia Civil",
            "Jane Doe, Director, said: “We", "He SAID that ", "ſaid", "the Kelvin \u212Aelvin took part:", "I told my staff", " I also said", "and then he ", "Europol Executive Director ", "the head of the customs team, ",
            ", Jane Doe said.", " She later stressed", "Ms Doe: ",
        };
        foreach (var file in files)
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n");
            windows.AddRange(text.Split('\n'));
            for (int i = text.IndexOfAny(['“', '”', '"']); i >= 0; i = text.IndexOfAny(['“', '”', '"'], i + 1))
            {
                windows.Add(text[Math.Max(0, i - 300)..i]);
                windows.Add(text[(i + 1)..Math.Min(text.Length, i + 161)]);
            }
        }
        return windows;
    });

    [Theory]
    [MemberData(nameof(Patterns))]
    public void FindsWhatTheNonBacktrackingEngineFinds(string name)
    {
        var regex = BuiltIn().Single(p => p.Name == name).Regex;
        Assert.Equal(RegexOptions.None, regex.Options & RegexOptions.NonBacktracking);
        var reference = new Regex(regex.ToString(), regex.Options | RegexOptions.NonBacktracking);
        int matched = 0;
        foreach (var window in Windows.Value)
        {
            var expected = reference.Match(window);
            var actual = regex.Match(window);
            Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length,
                $"{name} on “{window}”: {Describe(expected)} expected, {Describe(actual)} found");
            foreach (var group in regex.GetGroupNames().Where(g => !int.TryParse(g, out _)))
                Assert.Equal(expected.Groups[group].Value, actual.Groups[group].Value);
            if (actual.Success) matched++;
        }
        Assert.True(matched > 0, $"{name} matched none of the windows: the test would not see a difference");
    }

    private static string Describe(Match match) => match.Success ? $"a match at {match.Index} of length {match.Length}" : "no match";
}
