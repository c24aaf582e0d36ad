using System.Text.RegularExpressions;
using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>
/// Plain text: decoded by <see cref="TextDecoder"/>; a short first line followed by a blank line is the headline; a
/// wire dateline ("PORT ALDEN, March 14, 2025 (Continental Press) -", "LONDON (Reuters) -") names the outlet.
/// </summary>
internal static partial class PlainTextReader
{
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,[^()\n]{1,40})?\s\((?<outlet>\p{Lu}[\p{L}\p{N} .&'’-]{1,40})\)\s*[-–—]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    public static ReadResult Read(string path, string name, byte[] bytes)
    {
        var (text, error) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return new ReadResult.Rejected(path, error ?? "not text");
        }

        return DocumentReader.FromText(path, text, new DocumentMetadata(name, Title: Headline(text), Source: DatelineOutlet(text)) { Format = "text" });
    }

    /// <summary>The outlet a wire dateline names, in the first lines of the text only.</summary>
    internal static string? DatelineOutlet(string text)
    {
        var head = text.Length > 1200 ? text[..1200] : text;
        var match = DatelineRegex().Match(head);
        return match.Success ? match.Groups["outlet"].Value.Trim() : null;
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
