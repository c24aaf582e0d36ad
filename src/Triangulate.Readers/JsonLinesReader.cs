using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>JSON lines: one document a line, <c>text</c> required, <c>name</c>, <c>title</c>, <c>published</c>,
/// <c>source</c>, <c>url</c>, <c>author</c> optional. A bad line is rejected with its number; the other lines are read.</summary>
internal static class JsonLinesReader
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<ReadResult> Read(string path, string name, byte[] bytes)
    {
        // JSON text is UTF-8 (RFC 8259), so each line is decoded strictly on its own: a line with invalid bytes is
        // rejected by its number, as a .txt with them is, instead of the whole file being read as another encoding.
        ReadOnlyMemory<byte> content = bytes;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            yield return new ReadResult.Rejected(path, "JSON lines must be UTF-8; this file is UTF-16");
            yield break;
        }

        var lineNumber = 0;
        while (content.Length > 0)
        {
            lineNumber++;
            var newline = content.Span.IndexOf((byte)'\n');
            var lineBytes = newline < 0 ? content : content[..newline];
            content = newline < 0 ? ReadOnlyMemory<byte>.Empty : content[(newline + 1)..];
            var (line, invalidAt) = Decode(lineBytes.Span);
            if (line is null)
            {
                yield return new ReadResult.Rejected($"{path}:{lineNumber}", $"invalid UTF-8 at byte {invalidAt + 1} of the line");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(path, name, lineNumber, line);
        }
    }

    private static (string? Line, int InvalidAt) Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes).TrimEnd('\r'), -1);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            return (null, Math.Max(0, ex.Index));
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
                Authors = String(root, "author") is { Length: > 0 } author ? [author] : [],
            };
            return DocumentReader.FromText(location, text, metadata);
        }
    }

    private static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
