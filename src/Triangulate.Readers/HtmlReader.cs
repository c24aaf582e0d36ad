using System.Globalization;
using SmartReader;
using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>HTML pages: SmartReader (a port of Mozilla's Readability) finds the article text, title, author and date.</summary>
internal static class HtmlReader
{
    public static ReadResult Read(string path, string name, byte[] bytes)
    {
        var (html, error) = TextDecoder.Decode(bytes);
        if (html is null)
        {
            return new ReadResult.Rejected(path, error ?? "not text");
        }

        var (flat, deepest) = Limits.MarkupDepth.Flatten(html);
        Article article;
        try
        {
            var reader = new Reader("https://localhost/" + Uri.EscapeDataString(name), flat)
            {
                Debug = false,
            };
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ReadResult.Rejected(path, $"HTML could not be parsed: {FirstLine(ex.Message)}");
        }

        var text = Normalise(article.TextContent);
        if (!article.IsReadable || string.IsNullOrWhiteSpace(text))
        {
            return new ReadResult.Rejected(path, "HTML has no readable article text");
        }

        var metadata = new DocumentMetadata(
            name,
            Title: Blank(article.Title),
            Source: Blank(article.SiteName) ?? Blank(article.Author),
            Url: null,
            Published: article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null,
            Language: LanguageCode(article.Language),
            Author: Blank(article.Author));
        return DocumentReader.FromText(path, text, metadata, Limits.Warnings.Depth(deepest));
    }

    internal static string Normalise(string text)
    {
        // Readability keeps the page's indentation; collapse it to paragraphs separated by one newline.
        var lines = text.Split('\n')
            .Select(l => string.Join(' ', l.Split((char[])[' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string LanguageCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return "en";
        }

        var code = language.Split('-', '_')[0].ToLower(CultureInfo.InvariantCulture);
        return code.Length == 2 ? code : "en";
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
