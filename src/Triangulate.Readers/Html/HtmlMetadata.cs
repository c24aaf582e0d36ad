using AngleSharp.Dom;

namespace Triangulate.Readers.Html;

/// <summary>
/// The metadata a citation needs, read from a page's markup. Each field takes the first source that gives a usable
/// value, in the order of trust written in <c>README.md</c> beside this file: what the publisher states for machines
/// (JSON-LD, then OpenGraph and article properties, then named meta tags) before what is shown to readers
/// (<c>&lt;time&gt;</c>, byline elements), and both before what is guessed.
/// </summary>
/// <param name="Title">The headline from JSON-LD or OpenGraph (the reader's own title comes first, see HtmlReader).</param>
/// <param name="Authors">The people who wrote it.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Modified">The date of the last change.</param>
/// <param name="Url">The canonical address.</param>
/// <param name="Outlet">The site or publisher.</param>
/// <param name="Description">The page's own summary.</param>
/// <param name="Section">Its section or desk.</param>
/// <param name="Language">The language tag as written (<c>en-US</c>).</param>
internal sealed record HtmlMetadata(
    string? Title,
    IReadOnlyList<string> Authors,
    DateOnly? Published,
    DateOnly? Modified,
    string? Url,
    string? Outlet,
    string? Description,
    string? Section,
    string? Language)
{
    /// <summary>Reads every field from a parsed page.</summary>
    public static HtmlMetadata Read(IDocument page)
    {
        var meta = MetaTags.Of(page);
        var jsonLd = JsonLdArticle.Find(page);
        var url = CanonicalUrl(page, meta, jsonLd);
        return new HtmlMetadata(
            Title: First(jsonLd?.Headline, meta.Get("og:title"), meta.Get("twitter:title"), meta.Get("dc.title")),
            Authors: Bylines.Authors(page, meta, jsonLd),
            Published: PublishedDate(page, meta, jsonLd, url),
            Modified: FirstDate(
                jsonLd?.Modified, meta.Get("article:modified_time"), meta.Get("article:modified"), meta.Get("og:updated_time"),
                meta.Get("datemodified"), meta.Get("dcterms.modified"), meta.Get("last-modified"),
                page.QuerySelector("time[itemprop=dateModified i]")?.GetAttribute("datetime")),
            Url: url,
            Outlet: First(meta.Get("og:site_name"), jsonLd?.Publisher, meta.Get("application-name"), meta.Get("dc.publisher")),
            Description: First(meta.Get("og:description"), meta.Get("description"), meta.Get("twitter:description"), jsonLd?.Description, meta.Get("dc.description")),
            Section: First(meta.Get("article:section"), jsonLd?.Section, meta.Get("section"), meta.Get("og:article:section")),
            Language: First(page.DocumentElement.GetAttribute("lang"), meta.Get("content-language"), meta.Get("dc.language"), jsonLd?.Language, meta.Get("og:locale")));
    }

    private static DateOnly? PublishedDate(IDocument page, MetaTags meta, JsonLdArticle? jsonLd, string? url) =>
        FirstDate(
            jsonLd?.Published,
            meta.Get("article:published_time"), meta.Get("article:published"), meta.Get("og:published_time"),
            meta.Get("datepublished"), meta.Get("pdate"), meta.Get("publish-date"), meta.Get("publish_date"),
            meta.Get("publication_date"), meta.Get("article:publicationdate"), meta.Get("published_at"),
            meta.Get("parsely-pub-date"), meta.Get("sailthru.date"), meta.Get("dc.date.issued"), meta.Get("dcterms.issued"),
            meta.Get("dcterms.created"), meta.Get("dc.date"), meta.Get("date"), meta.Get("originalpublicationdate"))
        ?? FirstDate(
            page.QuerySelector("time[itemprop=datePublished i]")?.GetAttribute("datetime"),
            page.QuerySelector("time[pubdate]")?.GetAttribute("datetime"),
            page.QuerySelector("article time[datetime]")?.GetAttribute("datetime"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
        ?? MetadataDates.FromUrl(url);

    private static string? CanonicalUrl(IDocument page, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var candidates = new[]
        {
            page.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href"), meta.Get("og:url"), jsonLd?.Url,
            meta.Get("twitter:url"), meta.Get("dc.identifier"),
        };
        return candidates.FirstOrDefault(c => Uri.TryCreate(c?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")?.Trim();
    }

    private static DateOnly? FirstDate(params string?[] values)
    {
        foreach (var value in values)
        {
            if (MetadataDates.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? First(params string?[] values) =>
        values.Select(v => v is null ? null : string.Join(' ', v.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
