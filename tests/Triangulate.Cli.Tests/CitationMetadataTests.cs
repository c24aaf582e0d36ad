using System.Text.Json;
using NJsonSchema;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

public sealed class CitationMetadataTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-cite");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Authors_dates_and_canonical_url_reach_the_export_and_the_report()
    {
        // Given a news page stating two authors, its dates and its canonical address, and whose text names another date
        var body = string.Concat(Enumerable.Repeat(
            "<p>The harbour authority said on 3 March 2019 that the new terminal will open next spring, after two years of construction and a long dispute over its financing.</p>", 4));
        await File.WriteAllTextAsync(Path.Combine(_work, "page.html"), $$"""
            <!DOCTYPE html><html lang="en"><head><title>Terminal to open</title>
            <link rel="canonical" href="https://news.example.org/2024/terminal">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Terminal to open",
              "datePublished":"2024-05-07T09:30:00+02:00","dateModified":"2024-05-08T10:00:00+02:00",
              "author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"Ali Writer"}],
              "publisher":{"@type":"Organization","name":"Example News"} }</script>
            </head><body><article><h1>Terminal to open</h1>{{body}}</article></body></html>
            """);

        // When it is added and the case exported and reported
        var add = CliRunner.Run(_work, "add", "page.html", "--case", "c");
        output.WriteLine(add.Out + add.Err);
        Assert.Equal(0, add.ExitCode);
        var export = CliRunner.Run(_work, "export", "--format", "json", "--case", "c");
        CliRunner.Run(_work, "report", "-o", "r.html", "--case", "c");

        // Then the export carries the citation metadata, valid against the schema, the stated date wins over the text's,
        // and the report names the authors
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Repository, "schemas", "triangulate-1.schema.json"));
        Assert.Empty(schema.Validate(export.Out));
        using var json = JsonDocument.Parse(export.Out);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(["Jane Reporter", "Ali Writer"], doc.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("https://news.example.org/2024/terminal", doc.GetProperty("url").GetString());
        Assert.Equal("2024-05-07", doc.GetProperty("published").GetString());
        Assert.False(doc.GetProperty("published_inferred").GetBoolean());
        Assert.Equal("2024-05-08", doc.GetProperty("modified").GetString());
        Assert.Equal("Example News", doc.GetProperty("outlet").GetString());
        Assert.Equal("html", doc.GetProperty("format").GetString());
        var report = await File.ReadAllTextAsync(Path.Combine(_work, "r.html"));
        Assert.Contains("Jane Reporter, Ali Writer", report);
        Assert.Contains("https://news.example.org/2024/terminal", report);
    }
}
