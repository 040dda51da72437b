using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bulletins.Benchmarks.Peers;

/// <summary>
/// What a C# user would otherwise pick: System.Text.Json with a source-generated context,
/// deserialising the same articles, with the same fields, from JSON Lines. Lines are split over
/// a reused byte buffer and deserialised from spans, so the peer pays no string per line.
/// </summary>
public static class JsonLinesPeer
{
    public static long ReadAll(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        long count = 0;
        int start = 0, end = 0;
        try
        {
            while (true)
            {
                if (end == buffer.Length)
                {
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
                int read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0) break;
                end += read;
                var pending = buffer.AsSpan(start, end - start);
                int newline;
                while ((newline = pending.IndexOf((byte)'\n')) >= 0)
                {
                    if (newline > 0 && JsonSerializer.Deserialize(pending[..newline], PeerJsonContext.Default.ArticleDto) is not null) count++;
                    pending = pending[(newline + 1)..];
                    start += newline + 1;
                }
            }
            if (end > start && JsonSerializer.Deserialize(buffer.AsSpan(start, end - start), PeerJsonContext.Default.ArticleDto) is not null) count++;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return count;
    }
}

public sealed record DateDto(string Text, DateOnly Start, DateOnly End);
public sealed record MoneyDto(string Text, decimal Amount, string Currency);
public sealed record PersonDto(string Name, string? Title);
public sealed record QuoteDto(string Text, string? Speaker);
public sealed record WarningDto(string Code, string Message, int Line, string Text);
public sealed record ScheduleDto(string Time, string? TimeZone, string Event);
public sealed record QuantityDto(string Text, decimal Amount, string Unit);

/// <summary>Every field of every kind in the JSON Lines contract: the base fields and the kinds' own.</summary>
public sealed class ArticleDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Source { get; set; } = "";
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string[] Paragraphs { get; set; } = [];
    public bool IsTruncated { get; set; }
    public string? DuplicateOf { get; set; }
    public DateDto[] Dates { get; set; } = [];
    public MoneyDto[] Money { get; set; } = [];
    public PersonDto[] People { get; set; } = [];
    public string[] Countries { get; set; } = [];
    public QuoteDto[] Quotes { get; set; } = [];
    public WarningDto[] Warnings { get; set; } = [];
    public string[]? Speakers { get; set; }
    public ScheduleDto[]? Schedule { get; set; }
    public bool? MediaOpportunity { get; set; }
    public string[]? Handles { get; set; }
    public int? Arrests { get; set; }
    public int? Suspects { get; set; }
    public int? Victims { get; set; }
    public int? Searches { get; set; }
    public string? Operation { get; set; }
    public Dictionary<string, string[]>? Authorities { get; set; }
    public QuantityDto[]? Quantities { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticleDto))]
public sealed partial class PeerJsonContext : JsonSerializerContext;
