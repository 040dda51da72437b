using Bulletins.Testing;

namespace Bulletins.Generators.Tests;

/// <summary>Schemas the tests run the generator over.</summary>
public static class Schemas
{
    /// <summary>
    /// A consumer's own schema: its own namespace, a declared type, every extractor kind, every
    /// field type shape, and rules in every scope.
    /// </summary>
    public const string Consumer = """
        namespace: Consumer.Notices
        description: Notices of a small town hall.
        words:
          - name: countQualifiers
            description: Words between a number and what it counts.
            words: [registered, expected]
        patterns:
          - name: reopening
            description: A building opening again, which closures announce.
            pattern: '(?i)\breopen'
        types:
          - name: Slot
            description: An opening hour.
            fields:
              - name: day
                type: string
                description: The day.
              - name: hours
                type: int?
                description: How many hours, or null.
              - name: on
                type: date?
                description: The date, or null.
              - name: tags
                type: string[]
                description: Free tags.
        kinds:
          - name: Closure
            description: A building closes for a while.
            recognition:
              threshold: 3
              rules:
                - in: title
                  pattern: '(?i)\bclos(ed|ure|es)\b'
                  weight: 3
                  generalises: Closures say so in the title.
                - in: body
                  pattern: {use: reopening}
                  weight: 1
                  generalises: They say when things reopen.
                - in: source
                  pattern: '(?i)sport'
                  weight: -2
                  generalises: The sports office announces matches, not closures.
            fields:
              - name: building
                type: string?
                description: The building that closes.
                extract:
                  in: body
                  pattern: '(?<value>\p{Lu}\w+ (Hall|Library|Pool))'
              - name: days
                type: int
                description: For how many days.
                extract:
                  pattern: '(?<value>\d+) days'
              - name: reasons
                type: string[]
                description: The reasons named.
                extract:
                  pattern: 'because of (?<value>\w+)'
              - name: reopens
                type: date?
                description: When it reopens.
                extract:
                  pattern: 'reopens on (?<value>\d{4}-\d{2}-\d{2})'
              - name: isPublicInformed
                type: bool?
                description: Whether the public was told.
                extract:
                  flag:
                    true: '(?i)public (was|were) informed'
                    false: '(?i)without (any )?notice'
              - name: visitors
                type: int?
                description: How many visitors are affected.
                extract:
                  count:
                    noun: '(?i)visitors?'
              - name: slots
                type: Slot[]
                description: Replacement opening hours.
                extract:
                  method: Consumer.Notices.Extractors.Slots
              - name: contacts
                type: map<string, string[]>
                description: Contacts by office.
                extract:
                  method: global::Consumer.Notices.Extractors.Contacts
          - name: Announcement
            description: Anything else.
            fallback: true
            fields: []
        """;

    /// <summary>The hand-written extractors <see cref="Consumer"/> names.</summary>
    public const string ConsumerExtractors = """
        using System.Collections.Generic;
        using Bulletins.Extraction.Runtime;

        namespace Consumer.Notices;

        public static class Extractors
        {
            public static IReadOnlyList<Slot> Slots(ExtractionContext context) =>
                [new Slot { Day = "Monday", Hours = 4, Tags = ["morning"] }];

            public static IReadOnlyDictionary<string, IReadOnlyList<string>> Contacts(ExtractionContext context) =>
                new Dictionary<string, IReadOnlyList<string>> { ["Town hall"] = ["desk@example.org"] };
        }
        """;

    /// <summary>The smallest valid schema: one fallback kind.</summary>
    public const string Minimal = """
        namespace: Minimal
        kinds:
          - name: Note
            fallback: true
        """;

    public static string BuiltIn => File.ReadAllText(BuiltInPath);

    public static string BuiltInPath => Fixtures.Repository("schema", "articles.yaml");
}
