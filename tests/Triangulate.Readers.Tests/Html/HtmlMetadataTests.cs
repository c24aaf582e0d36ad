using Triangulate.Core.Documents;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests.Html;

public sealed class HtmlMetadataTests : IDisposable
{
    private static readonly string Body = string.Concat(Enumerable.Repeat(
        "<p>The harbour authority confirmed on Tuesday that the new terminal will open next spring, after two years of construction and a long dispute over its financing. Officials said the cost had risen sharply.</p>", 4));

    private readonly string _folder = TestPaths.NewTempFolder("triangulate-html-meta");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DocumentMetadata Read(string head, string beforeArticle = "")
    {
        var path = Path.Combine(_folder, "page.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html lang=\"en-GB\"><head><title>Terminal to open | Example</title>{head}</head><body>{beforeArticle}<article><h1>Terminal to open</h1>{Body}</article></body></html>");
        var result = Assert.IsType<ReadResult.Read>(Assert.Single(new DocumentReader().ReadFile(path)));
        return result.Document.Metadata;
    }

    [Fact]
    public void Json_ld_in_a_graph_wins_over_open_graph_and_meta_names()
    {
        // Given a page whose JSON-LD @graph holds a NewsArticle, and whose OpenGraph and meta tags say otherwise
        var meta = Read("""
            <meta property="og:url" content="https://example.org/og-url"><link rel="canonical" href="https://example.org/news/terminal">
            <meta property="og:site_name" content="Example News"><meta name="author" content="Somebody Else">
            <meta property="article:published_time" content="2024-05-01T10:00:00Z"><meta property="article:section" content="Business">
            <meta property="og:description" content="The terminal opens in spring.">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
              {"@type":["NewsArticle"],"headline":"Terminal to open","datePublished":"2024-05-07T23:30:00-05:00","dateModified":"2024-05-09",
               "author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"Ali Writer"}],"publisher":{"@type":"Organization","name":"Example Media"}}]}</script>
            """);

        // Then authors and dates come from JSON-LD (the date as written in the page's own zone), the URL from the canonical link
        Assert.Equal(["Jane Reporter", "Ali Writer"], meta.Authors);
        Assert.Equal(new DateOnly(2024, 5, 7), meta.Published);
        Assert.Equal(new DateOnly(2024, 5, 9), meta.Modified);
        Assert.Equal("https://example.org/news/terminal", meta.Url);
        Assert.Equal("Example News", meta.Outlet);
        Assert.Equal("Business", meta.Section);
        Assert.Equal("The terminal opens in spring.", meta.Description);
        Assert.Equal("en", meta.Language);
        Assert.Equal("html", meta.Format);
    }

    [Fact]
    public void Meta_names_are_read_when_there_is_no_json_ld()
    {
        // Given the meta names newspapers use: pdate, dc.creator, og:url without a canonical link
        var meta = Read("""
            <meta name="pdate" content="20170113"><meta name="dc.creator" content="By JANE REPORTER and John Roe">
            <meta property="og:url" content="https://example.org/2017/01/13/terminal.html">
            """);

        // Then the compact date, both authors (capitals made readable) and the OpenGraph URL are kept
        Assert.Equal(new DateOnly(2017, 1, 13), meta.Published);
        Assert.Equal(["Jane Reporter", "John Roe"], meta.Authors);
        Assert.Equal("https://example.org/2017/01/13/terminal.html", meta.Url);
    }

    [Fact]
    public void Time_element_and_byline_are_read_and_links_or_logins_are_not_names()
    {
        // Given a page with no date meta, a <time datetime>, an author tag that is a profile link, one that is a
        // login name, and a byline shown to readers
        var meta = Read(
            """<meta property="article:author" content="https://example.org/profile/jane"><meta name="author" content="jreporter">""",
            """<div class="story-info"><span class="byline">By: Jane Reporter</span> <time datetime="2019-02-21T08:00:08Z">Feb 21</time></div>""");

        // Then the date is the time element's, and the author the byline's
        Assert.Equal(new DateOnly(2019, 2, 21), meta.Published);
        Assert.Equal(["Jane Reporter"], meta.Authors);
    }

    [Fact]
    public void Broken_json_ld_loses_nothing_else()
    {
        // Given a page whose JSON-LD is not valid JSON
        var meta = Read("""<script type="application/ld+json">{"@type": "NewsArticle", "author": </script><meta name="date" content="2016-02-01 01:28:49">""");

        // Then the other sources are still read
        Assert.Equal(new DateOnly(2016, 2, 1), meta.Published);
        Assert.Empty(meta.Authors);
    }
}
