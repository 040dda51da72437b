namespace Bulletins.Archive.Stores;

/// <summary>The tables both stores share after <c>articles</c>: sightings and the mentions, with the filters' indexes.</summary>
internal static class SharedSchema
{
    public static IEnumerable<string> Statements(string integer, string text, string number) =>
    [
        "CREATE INDEX articles_body_hash ON articles (body_hash)",
        "CREATE INDEX articles_start_hash ON articles (start_hash) WHERE start_hash IS NOT NULL",
        "CREATE INDEX articles_source_kind ON articles (source_key, kind)",
        "CREATE INDEX articles_kind ON articles (kind)",
        "CREATE INDEX articles_month ON articles (month)",
        $"CREATE TABLE sightings (article_seq {integer} NOT NULL REFERENCES articles (seq), file {text} NOT NULL, line INTEGER NOT NULL, saved_at {text} NOT NULL, PRIMARY KEY (article_seq, file, line))",
        $"CREATE TABLE people (article_seq {integer} NOT NULL REFERENCES articles (seq), name {text} NOT NULL, name_key {text} NOT NULL, title {text} NULL)",
        "CREATE INDEX people_name ON people (name_key, article_seq)",
        "CREATE INDEX people_article ON people (article_seq)",
        $"CREATE TABLE countries (article_seq {integer} NOT NULL REFERENCES articles (seq), country {text} NOT NULL, country_key {text} NOT NULL)",
        "CREATE INDEX countries_name ON countries (country_key, article_seq)",
        "CREATE INDEX countries_article ON countries (article_seq)",
        $"CREATE TABLE dates (article_seq {integer} NOT NULL REFERENCES articles (seq), start_day INTEGER NOT NULL, end_day INTEGER NOT NULL)",
        "CREATE INDEX dates_article ON dates (article_seq, start_day, end_day)",
        "CREATE INDEX dates_start ON dates (start_day, end_day)",
        $"CREATE TABLE money (article_seq {integer} NOT NULL REFERENCES articles (seq), amount {number} NOT NULL, currency {text} NOT NULL)",
        "CREATE INDEX money_article ON money (article_seq)",
    ];
}
