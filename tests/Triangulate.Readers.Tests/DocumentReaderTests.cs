using System.Text;
using Triangulate.Readers;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-readers");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Text_file_keeps_its_name_and_headline_and_id_is_the_text_hash()
    {
        // Given the same report saved twice under different names and line endings
        var a = Write("a.txt", "Port deal signed\n\nThe agency said on Monday it signed the deal.\n");
        var b = Write("b.txt", "Port deal signed\r\n\r\nThe agency said on Monday it signed the deal.");

        // When both are read
        var docs = new DocumentReader().Read([a, b]).Cast<ReadResult.Read>().Select(r => r.Document).ToList();

        // Then the names differ, the headline is found, and the ids are equal
        Assert.Equal(["a.txt", "b.txt"], docs.Select(d => d.Metadata.Name));
        Assert.Equal("Port deal signed", docs[0].Metadata.Title);
        Assert.Equal(docs[0].Id, docs[1].Id);
    }

    [Fact]
    public void Html_page_gives_article_text_title_author_and_date()
    {
        // Given a news page with navigation, an article and meta tags
        var body = string.Concat(Enumerable.Repeat("<p>The harbour authority confirmed on Tuesday that the new terminal will open next spring, after two years of construction and a long dispute over its financing. Officials said the cost had risen sharply.</p>", 4));
        var path = Write("page.html", $"""
            <!DOCTYPE html><html lang="en"><head><title>Terminal to open in spring | Example News</title>
            <meta property="og:title" content="Terminal to open in spring">
            <meta name="author" content="Jane Reporter">
            <meta property="article:published_time" content="2024-05-07T09:30:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Terminal to open in spring</h1>{body}</article>
            <footer>Copyright Example News</footer></body></html>
            """);

        // When it is read
        var result = Assert.IsType<ReadResult.Read>(Assert.Single(new DocumentReader().ReadFile(path)));
        var doc = result.Document;

        // Then the article text is kept without navigation, with its metadata
        Assert.Contains("harbour authority confirmed", doc.Text);
        Assert.DoesNotContain("Home", doc.Text);
        Assert.Equal("Terminal to open in spring", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 5, 7), doc.Published);
        Assert.False(doc.PublishedInferred);
    }

    [Fact]
    public void Rss_and_atom_feeds_give_one_document_per_item()
    {
        // Given an RSS 2.0 feed with two items and an Atom feed with one entry
        var rss = Write("news.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link><description>d</description>
            <item><title>First</title><link>https://example.org/1</link><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><description>&lt;p&gt;The first report said the plant was closed.&lt;/p&gt;</description></item>
            <item><title>Second</title><link>https://example.org/2</link><description>The second report denied it.</description></item>
            </channel></rss>
            """);
        var atom = Write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2024-05-08T00:00:00Z</updated>
            <entry><title>Third</title><id>urn:3</id><updated>2024-05-08T10:00:00Z</updated><link href="https://example.org/3"/><content type="html">&lt;p&gt;A third account.&lt;/p&gt;</content></entry>
            </feed>
            """);

        // When they are read
        var docs = new DocumentReader().Read([rss, atom]).Cast<ReadResult.Read>().Select(r => r.Document).ToList();

        // Then each item is a document with its title, source, link and date
        Assert.Equal(["news.rss#1", "news.rss#2", "feed.atom#1"], docs.Select(d => d.Metadata.Name));
        Assert.Equal("The first report said the plant was closed.", docs[0].Text);
        Assert.Equal("Example Wire", docs[0].Metadata.Source);
        Assert.Equal(new DateOnly(2024, 5, 7), docs[0].Published);
        Assert.Equal("https://example.org/3", docs[2].Metadata.Url);
        Assert.Equal("A third account.", docs[2].Text);
    }

    [Fact]
    public void Jsonl_reads_each_line_and_rejects_bad_lines_by_number()
    {
        // Given a JSON-lines file with good lines, a line that is not JSON and a line without text
        var path = Write("batch.jsonl", """
            {"text": "First report.", "name": "one", "title": "T1", "published": "2024-03-01", "source": "Wire", "url": "https://x/1"}
            not json at all
            {"title": "no text here"}
            {"text": "Fourth line report."}
            """);

        // When it is read
        var results = new DocumentReader().ReadFile(path);

        // Then two documents are read and two lines rejected, each naming its line
        var docs = results.OfType<ReadResult.Read>().Select(r => r.Document).ToList();
        var rejected = results.OfType<ReadResult.Rejected>().ToList();
        Assert.Equal(["one", "batch.jsonl#4"], docs.Select(d => d.Metadata.Name));
        Assert.Equal(new DateOnly(2024, 3, 1), docs[0].Published);
        Assert.Equal("Wire", docs[0].Metadata.Source);
        Assert.Equal([path + ":2", path + ":3"], rejected.Select(r => r.Location));
        Assert.Contains("not JSON", rejected[0].Reason);
        Assert.Contains("no \"text\"", rejected[1].Reason);
    }

    [Fact]
    public void Bad_inputs_are_rejected_one_by_one_and_the_rest_is_read()
    {
        // Given a folder of good and bad inputs
        Write("good.txt", "A plain report that is fine.");
        Write("sub/good2.txt", "Another fine report in a subfolder.");
        Write("README.md", "not a report");
        File.WriteAllBytes(Path.Combine(_folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllBytes(Path.Combine(_folder, "invalid-utf8.txt"), [.. Encoding.UTF8.GetBytes("naïve "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" text")]);
        Write("broken.html", "<html><body><div><p>unclosed <b>bold");
        Write("broken.rss", "<rss version=\"2.0\"><channel><title>x</title><item><title>y");
        using (var big = File.Create(Path.Combine(_folder, "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        // When the folder is read
        var results = new DocumentReader().Read([_folder]).ToList();

        // Then the two good files are read, the README is not an input, and each bad file is named with a reason
        Assert.Equal(2, results.OfType<ReadResult.Read>().Count());
        var rejected = results.OfType<ReadResult.Rejected>().ToDictionary(r => Path.GetFileName(r.Location.Split(':')[0]), r => r.Reason);
        Assert.Equal(["binary.txt", "broken.html", "broken.rss", "empty.txt", "huge.txt", "invalid-utf8.txt"], rejected.Keys.Order());
        Assert.Contains("empty", rejected["empty.txt"]);
        Assert.Contains("binary", rejected["binary.txt"]);
        Assert.Contains("invalid UTF-8", rejected["invalid-utf8.txt"]);
        Assert.Contains("file is 50.0 MB, over the 10 MB limit", rejected["huge.txt"]);
        Assert.Contains("feed", rejected["broken.rss"]);
        Assert.All(rejected.Values, reason => Assert.DoesNotContain('\n', reason));
    }

    [Fact]
    public void The_latin1_bbc_article_is_read_when_shared_data_is_present()
    {
        // Given the BBC corpus's one Latin-1 file
        if (TestPaths.Shared is not { } shared)
        {
            Console.WriteLine("skipped: ../shared is absent");
            return;
        }

        var path = Path.Combine(shared, "data", "news", "bbc", "sport", "199.txt");

        // When it is read
        var doc = Assert.IsType<ReadResult.Read>(Assert.Single(new DocumentReader().ReadFile(path))).Document;

        // Then it decodes without replacement characters
        Assert.DoesNotContain('\uFFFD', doc.Text);
        Assert.Contains(doc.Text, c => c > 127);
    }
}
