using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>JSON lines: one document a line, <c>text</c> required, <c>name</c>, <c>title</c>, <c>published</c>,
/// <c>source</c>, <c>url</c> optional. A bad line is rejected with its number; the other lines are read.</summary>
internal static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string path, string name, byte[] bytes)
    {
        var (content, error) = TextDecoder.Decode(bytes);
        if (content is null)
        {
            yield return new ReadResult.Rejected(path, error ?? "not text");
            yield break;
        }

        using var reader = new StringReader(content);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(path, name, lineNumber, line);
        }
    }

    private static ReadResult ReadLine(string path, string name, int lineNumber, string line)
    {
        var location = $"{path}:{lineNumber}";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new ReadResult.Rejected(location, $"not JSON: {ex.Message.Split('\n')[0]}");
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ReadResult.Rejected(location, "not a JSON object");
            }

            var root = json.RootElement;
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return new ReadResult.Rejected(location, "no \"text\" field");
            }

            DateOnly? published = null;
            var publishedText = String(root, "published");
            if (!string.IsNullOrWhiteSpace(publishedText))
            {
                if (DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    published = day;
                }
                else if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
                {
                    published = DateOnly.FromDateTime(moment.UtcDateTime);
                }
                else
                {
                    return new ReadResult.Rejected(location, $"\"published\" is not a date: {publishedText}");
                }
            }

            var metadata = new DocumentMetadata(
                String(root, "name") ?? $"{name}#{lineNumber}",
                Title: String(root, "title"),
                Source: String(root, "source"),
                Url: String(root, "url"),
                Published: published)
            {
                Format = "jsonl",
            };
            return DocumentReader.FromText(location, text, metadata);
        }
    }

    private static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
