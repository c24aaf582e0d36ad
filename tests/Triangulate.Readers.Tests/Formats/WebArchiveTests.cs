using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests.Formats;

public sealed class WebArchiveTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-warc");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Pages_archived_by_wget_read_as_the_saved_pages_do_with_their_urls()
    {
        // Given the 16 Readability pages served from 127.0.0.1 (every other one gzip-compressed and chunked) and
        // archived by Debian's wget into a .warc.gz
        if (TestPaths.Shared is not { } shared || !Directory.Exists(Path.Combine(shared, "data", "html", "readability")))
        {
            Console.WriteLine("skipped: ../shared/data/html/readability is absent");
            return;
        }

        if (!OnPath("wget"))
        {
            Console.WriteLine("skipped: wget is not installed (Debian package wget; .ci/run installs it)");
            return;
        }

        var pages = Directory.GetDirectories(Path.Combine(shared, "data", "html", "readability")).Order(StringComparer.Ordinal)
            .ToDictionary(d => Path.GetFileName(d)!, d => Path.Combine(d, "source.html"));
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(() => Serve(listener, pages));
        var urls = pages.Keys.Select(n => $"http://127.0.0.1:{port}/{n}.html").ToList();
        File.WriteAllLines(Path.Combine(_folder, "urls.txt"), urls);
        Run("wget", "-q", "--tries=1", "--timeout=20", $"--warc-file={Path.Combine(_folder, "archive")}", "-P", Path.Combine(_folder, "saved"), "-i", Path.Combine(_folder, "urls.txt"));
        listener.Stop();

        // When the archive is read, and each saved page on its own
        var reader = new DocumentReader();
        var results = reader.ReadFile(Path.Combine(_folder, "archive.warc.gz"));
        var archived = results.OfType<ReadResult.Read>().Select(r => r.Document).ToDictionary(d => d.Metadata.PathInParent!);

        // Then every page is a document with the same text, title, dates and authors, its URL set, the capture date
        // as retrieval date, and the other records (wget's requests and metadata) skipped
        Assert.Empty(results.OfType<ReadResult.Rejected>());
        Assert.Equal(16, archived.Count);
        foreach (var (name, source) in pages)
        {
            var url = $"http://127.0.0.1:{port}/{name}.html";
            var page = Assert.IsType<ReadResult.Read>(Assert.Single(reader.ReadFile(source))).Document;
            var fromArchive = archived[url];
            Assert.Equal(page.Text, fromArchive.Text);
            Assert.Equal(page.Metadata.Title, fromArchive.Metadata.Title);
            Assert.Equal(page.Metadata.Published, fromArchive.Metadata.Published);
            Assert.Equal(page.Metadata.Modified, fromArchive.Metadata.Modified);
            Assert.Equal(page.Metadata.Authors, fromArchive.Metadata.Authors);
            Assert.Equal(page.Metadata.Url ?? url, fromArchive.Metadata.Url);
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), fromArchive.Metadata.Retrieved);
            Assert.Equal("archive.warc.gz", fromArchive.Metadata.Parent);
        }

        Assert.Contains(results.OfType<ReadResult.Skipped>(), s => s.Reason.Contains("records that are not pages", StringComparison.Ordinal));
        await serving.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_truncated_archive_keeps_the_records_before_the_cut_and_says_so_in_one_line()
    {
        // Given a web archive of two pages, gzip-compressed record by record, cut in the middle of the second
        var page = "<html><head><title>Port reopens</title></head><body><article>" +
            string.Concat(Enumerable.Repeat("<p>The harbour authority confirmed on Tuesday that the new terminal will open next spring after two years of construction.</p>", 5)) +
            "</article></body></html>";
        var archive = new MemoryStream();
        foreach (var uri in (string[])["http://example.invalid/a", "http://example.invalid/b"])
        {
            var http = System.Text.Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\n\r\n{page}");
            var header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-07T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n";
            using var gzip = new GZipStream(archive, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(header));
            gzip.Write(http);
            gzip.Write("\r\n\r\n"u8);
        }

        var bytes = archive.ToArray();
        var path = Path.Combine(_folder, "cut.warc.gz");
        File.WriteAllBytes(path, bytes[..(bytes.Length - 200)]);

        // When it is read
        var results = new DocumentReader().ReadFile(path);

        // Then the first page is read with its URL and retrieval date, and the damage is one line
        var document = Assert.Single(results.OfType<ReadResult.Read>()).Document;
        Assert.Equal("http://example.invalid/a", document.Metadata.Url);
        Assert.Equal(new DateOnly(2024, 5, 7), document.Metadata.Retrieved);
        var broken = Assert.Single(results.OfType<ReadResult.Rejected>());
        Assert.Contains("broken after record 1", broken.Reason);
        Assert.DoesNotContain('\n', broken.Reason);
    }

    private static void Serve(HttpListener listener, Dictionary<string, string> pages)
    {
        var index = 0;
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = listener.GetContext();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var name = context.Request.Url!.AbsolutePath.Trim('/').Replace(".html", string.Empty, StringComparison.Ordinal);
            using var response = context.Response;
            if (!pages.TryGetValue(name, out var file))
            {
                response.StatusCode = 404;
                continue;
            }

            var body = File.ReadAllBytes(file);
            response.ContentType = "text/html";
            if (index++ % 2 == 0)
            {
                response.ContentLength64 = body.Length;
                response.OutputStream.Write(body);
            }
            else
            {
                // Chunked transfer and gzip content coding, as many news sites send their pages.
                response.SendChunked = true;
                response.AddHeader("Content-Encoding", "gzip");
                using var gzip = new GZipStream(response.OutputStream, CompressionLevel.Fastest, leaveOpen: true);
                gzip.Write(body);
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {errors.Result}");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));
}
