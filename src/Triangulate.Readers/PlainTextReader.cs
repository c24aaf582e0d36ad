using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>Plain text: decoded by <see cref="TextDecoder"/>; a short first line followed by a blank line is the headline.</summary>
internal static class PlainTextReader
{
    public static ReadResult Read(string path, string name, byte[] bytes)
    {
        var (text, error) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return new ReadResult.Rejected(path, error ?? "not text");
        }

        return DocumentReader.FromText(path, text, new DocumentMetadata(name, Title: Headline(text)) { Format = "text" });
    }

    internal static string? Headline(string text)
    {
        var trimmed = text.TrimStart();
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (newline <= 0 || newline > 200)
        {
            return null;
        }

        var first = trimmed[..newline].Trim();
        var rest = trimmed[(newline + 1)..];
        var blankLineFollows = rest.StartsWith('\n') || rest.StartsWith("\r\n", StringComparison.Ordinal);
        var endsLikeSentence = first.EndsWith('.') || first.EndsWith(',') || first.EndsWith(';');
        return blankLineFollows && !endsLikeSentence && first.Length > 0 ? first : null;
    }
}
