using System.Text.Json;
using Bulletins.Testing;

namespace Bulletins.Tests.External;

/// <summary>Loads the Recognizers-Text spec files copied beside the tests.</summary>
internal static class RecognizersCases
{
    public static string PathOf(string file) => Fixtures.Shared("external", "recognizers-text", file);

    public static IEnumerable<JsonElement> Load(string file)
    {
        using var stream = File.OpenRead(PathOf(file));
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        // Clone so the elements outlive the document.
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>True when the spec says the .NET implementation does not support the case.</summary>
    public static bool NotSupportedInDotnet(JsonElement testCase) =>
        testCase.TryGetProperty("NotSupported", out var ns) && ns.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<JsonElement> Results(JsonElement testCase) =>
        testCase.TryGetProperty("Results", out var results) ? results.EnumerateArray() : [];

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
