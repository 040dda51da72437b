using System.Text;
using System.Text.Json;
using Bulletins.Reading;

namespace Bulletins.Json;

/// <summary>
/// Loads a JSON Lines export back into typed articles, one line at a time (the file is never held
/// whole): each line is one article object, its <c>kind</c> chooses the record. Blank lines are
/// skipped; anything else that is not an article object of a known kind stops the reading with a
/// <see cref="JsonLinesFormatException"/> that gives the file and line.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<Article> Read(string path, JsonLinesReadOptions? options)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var stream = GzipInput.Open(file);
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        foreach (var article in Read(reader, path, options)) yield return article;
    }

    public static IEnumerable<Article> Read(Stream stream, string name, JsonLinesReadOptions? options)
    {
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (var article in Read(reader, name, options)) yield return article;
    }

    public static IEnumerable<Article> Read(TextReader reader, string name, JsonLinesReadOptions? options)
    {
        var fromJson = options?.FromJson ?? ArticleFactory.FromJson;
        var token = options?.CancellationToken ?? default;
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            token.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, name, number, fromJson, options?.FromJson is null);
        }
    }

    private static Article Parse(string line, string name, int number, Func<JsonElement, Article?> fromJson, bool builtIn)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            int column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new JsonLinesFormatException(name, number, $"not JSON (at byte {column} of the line): {FirstSentence(ex.Message)}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new JsonLinesFormatException(name, number, $"a line must hold one article object, not {root.ValueKind.ToString().ToLowerInvariant()}");
            var kind = KindJson.KindName(root) ?? throw new JsonLinesFormatException(name, number, "the article object has no \"kind\" string");
            Article? article;
            try
            {
                article = fromJson(root);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                throw new JsonLinesFormatException(name, number, $"a {kind} article with a field of the wrong type: {ex.Message}", ex);
            }
            return article ?? throw new JsonLinesFormatException(name, number, builtIn
                ? $"unknown kind '{kind}': the built-in kinds are {string.Join(", ", ArticleSchema.Kinds.Select(static k => k.Name))} (an export of another schema reads with its factory, JsonLinesReadOptions.FromJson)"
                : $"unknown kind '{kind}': not a kind of the schema the reader was given");
        }
    }

    /// <summary>System.Text.Json appends its own path and position; the location is already ours.</summary>
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
