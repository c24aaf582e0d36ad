using System.IO.Compression;
using System.Text.Json;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

public sealed class DocumentsTreeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-tree");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Containers_are_kept_in_documents_and_in_the_export()
    {
        // Given a zip of two reports, an e-mail with a report attached, and a picture no reader handles
        using (var zip = ZipFile.Open(Path.Combine(_work, "bundle.zip"), ZipArchiveMode.Create))
        {
            foreach (var (name, text) in new[] { ("a/one.txt", "The council voted on Tuesday to close the bridge."), ("two.txt", "The port reopened on Monday, officials said.") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        File.WriteAllText(Path.Combine(_work, "tip.eml"), """
            From: Jane Reporter <jane@example.invalid>
            Subject: Statement from the ministry
            Date: Fri, 1 Mar 2024 09:00:00 +0000
            Message-ID: <tip@example.invalid>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="B"

            --B
            Content-Type: text/plain

            See the statement attached.
            --B
            Content-Type: text/plain; name="statement.txt"
            Content-Disposition: attachment; filename="statement.txt"

            The ministry denied on Friday that the deal was signed.
            --B--
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(_work, "photo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        // When the folder is added, listed and exported
        var add = CliRunner.Run(_work, "add", ".", "--case", ".case");
        var list = CliRunner.Run(_work, "documents", "--case", ".case");
        var export = CliRunner.Run(_work, "export", "--format", "json", "--case", ".case");
        output.WriteLine(add.Out + add.Err + list.Out + list.Err);

        // Then four documents are added and the picture skipped with a count; the tree shows the zip above its entries
        // and the attachment below its message; the export records each parent and path
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("added 4", add.Out);
        Assert.Contains("skipped 1", add.Out);
        var lines = list.Out.Split('\n');
        var zipLine = Array.FindIndex(lines, l => l == "bundle.zip/");
        Assert.True(zipLine >= 0, list.Out);
        Assert.StartsWith("  a/one.txt", lines[zipLine + 1]);
        var message = Array.FindIndex(lines, l => l.StartsWith("tip.eml  [email] · \"Statement from the ministry\" · Jane Reporter · 2024-03-01", StringComparison.Ordinal));
        Assert.True(message >= 0, list.Out);
        Assert.StartsWith("    statement.txt  [text]", lines[message + 1]);
        using var json = JsonDocument.Parse(export.Out);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var mail = documents.Single(d => d.GetProperty("name").GetString() == "tip.eml");
        var attachment = documents.Single(d => d.GetProperty("path").GetString() == "statement.txt");
        Assert.Equal(mail.GetProperty("id").GetString(), attachment.GetProperty("parent_id").GetString());
        Assert.Equal("tip.eml", attachment.GetProperty("parent").GetString());
        Assert.Equal("bundle.zip", documents.Single(d => d.GetProperty("path").GetString() == "two.txt").GetProperty("parent").GetString());
    }
}
