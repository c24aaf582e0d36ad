using Triangulate.Readers.Formats;
using Triangulate.Testing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Triangulate.Readers.Tests.Formats;

public sealed class FormatDetectionTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-detect");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("%PDF-1.7\n%...", "report.txt", InputFormat.Pdf)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "news.txt", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "feed.xml", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", "page", InputFormat.Html)]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.dat", InputFormat.Warc)]
    [InlineData("From a@b Fri Mar  1 09:00:00 2024\nFrom: a@b\nSubject: x\n\nbody\n", "inbox", InputFormat.Mbox)]
    [InlineData("Received: from x\nFrom: a@b\nDate: Fri, 1 Mar 2024 09:00:00 +0000\nSubject: x\n\nbody\n", "message.txt", InputFormat.Email)]
    [InlineData("{\"text\": \"a report\"}\n", "lines.json", InputFormat.JsonLines)]
    [InlineData("The council voted on Tuesday.", "notes.txt", InputFormat.Text)]
    [InlineData("The council voted on Tuesday.", "data.csv", InputFormat.Unknown)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "logo.svg", InputFormat.Unknown)]
    public void The_format_is_chosen_by_content_and_the_extension_only_hints(string content, string name, InputFormat expected)
    {
        // Given an input's first bytes and its name
        var head = System.Text.Encoding.UTF8.GetBytes(content);

        // When its format is detected
        var format = FormatDetector.Detect(head, name);

        // Then content decides, the extension only where content cannot
        Assert.Equal(expected, format);
    }

    [Fact]
    public void A_truncated_pdf_is_one_line_and_the_rest_of_the_folder_is_read()
    {
        // Given a PDF cut in half, a file of an unknown kind, and a good report
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("The port reopened on Monday.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var pdf = builder.Build();
        File.WriteAllBytes(Path.Combine(_folder, "cut.pdf"), pdf[..(pdf.Length / 3)]);
        File.WriteAllBytes(Path.Combine(_folder, "whole.pdf"), pdf);
        File.WriteAllText(Path.Combine(_folder, "table.csv"), "a,b\n1,2\n");
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "The council voted on Tuesday.");

        // When the folder is read
        var results = new DocumentReader().Read([_folder]).ToList();

        // Then the cut PDF is one rejection, the CSV is skipped, and both good files are read
        var rejected = Assert.Single(results.OfType<ReadResult.Rejected>());
        Assert.EndsWith("cut.pdf", rejected.Location);
        Assert.DoesNotContain('\n', rejected.Reason);
        Assert.EndsWith("table.csv", Assert.Single(results.OfType<ReadResult.Skipped>()).Location);
        var read = results.OfType<ReadResult.Read>().Select(r => r.Document).ToList();
        Assert.Equal(2, read.Count);
        Assert.Contains(read, d => d.Metadata.Format == "pdf" && d.Text == "The port reopened on Monday.");
    }
}
