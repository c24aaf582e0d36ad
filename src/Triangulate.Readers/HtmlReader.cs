using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Triangulate.Core.Documents;
using Triangulate.Readers.Html;

namespace Triangulate.Readers;

/// <summary>HTML pages: SmartReader (a port of Mozilla's Readability) finds the article text and title; the page's own
/// metadata (<see cref="HtmlMetadata"/>) gives authors, dates, address, outlet, description, section and language.</summary>
internal static class HtmlReader
{
    public static ReadResult Read(string path, string name, byte[] bytes)
    {
        var (html, error) = TextDecoder.Decode(bytes);
        if (html is null)
        {
            return new ReadResult.Rejected(path, error ?? "not text");
        }

        return ReadHtml(path, name, html, pageUrl: null);
    }

    /// <summary>Reads a decoded page; <paramref name="pageUrl"/> is where it was fetched from, when known (a web archive's record).</summary>
    public static ReadResult ReadHtml(string path, string name, string html, string? pageUrl)
    {
        // Markup nested past the cap is flattened to its text first: parsers and SmartReader recurse on depth.
        var (flat, deepest) = Limits.MarkupDepth.Flatten(html);
        Article article;
        HtmlMetadata page;
        IDocument source;
        try
        {
            source = new HtmlParser().ParseDocument(flat);
            page = HtmlMetadata.Read(source);
            var reader = new Reader(pageUrl ?? "https://localhost/" + Uri.EscapeDataString(name), flat)
            {
                Debug = false,
            };
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ReadResult.Rejected(path, $"HTML could not be parsed: {FirstLine(ex.Message)}");
        }

        var text = ArticleText.Choose(article, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadResult.Rejected(path, "HTML has no readable article text");
        }

        // Metadata the page states wins over what the article extractor guessed (see Html/README.md).
        var authors = page.Authors.Count > 0 ? page.Authors : Bylines.Clean(Blank(article.Author) is { } a ? [a] : []);
        var published = page.Published ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null);
        var metadata = new DocumentMetadata(
            name,
            Title: Blank(article.Title) ?? page.Title,
            Source: page.Outlet ?? Blank(article.SiteName) ?? (authors.Count > 0 ? authors[0] : null),
            Url: page.Url ?? pageUrl,
            Published: published,
            Language: LanguageCode(page.Language ?? article.Language))
        {
            Authors = authors,
            Modified = page.Modified,
            Outlet = page.Outlet ?? Blank(article.SiteName),
            Description = page.Description ?? Blank(article.Excerpt),
            Section = page.Section,
            Format = "html",
        };
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
