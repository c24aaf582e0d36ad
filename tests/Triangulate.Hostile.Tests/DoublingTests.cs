using System.Diagnostics;
using Triangulate.Cases;
using Triangulate.Core.Pipeline;
using Triangulate.Hostile.Tests.Generators;
using Triangulate.Readers;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>
/// Cost grows linearly with input size: each input is read, annotated, stored and resolved (and its case's snapshot
/// built, as the first view does) at size n and at 2n, in this process so that start-up does not hide the growth;
/// 2n may take at most 2.6 times as long as n (a quadratic step takes 4 times). Each time is the best of three.
/// </summary>
[Collection("Timing")]
public sealed class DoublingTests(ITestOutputHelper output) : Workspace(output)
{
    private const double MaxRatio = 2.6;
    private static readonly Lazy<AnnotationPipeline> Pipeline = new(DefaultPipeline.Create);

    public static TheoryData<string> Inputs => ["plain text", "plain text, one story", "nested divs", "nested tables", "feed with nested description", "JSON lines"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Doubling_the_input_at_most_doubles_the_time(string input)
    {
        // Given an input of size n and the same kind at 2n (the code warmed on a small one)
        var n = input switch
        {
            "plain text" or "plain text, one story" => Sizes.Pick(60_000, 1_000_000),
            "nested divs" => Sizes.Pick(10_000, 50_000),
            "nested tables" => Sizes.Pick(4_000, 10_000),
            "feed with nested description" => Sizes.Pick(10_000, 25_000),
            _ => Sizes.Pick(800, 20_000),
        };
        Measure(input, n / 10, "warm");

        // When each is added to a fresh case
        var once = Enumerable.Range(0, 3).Min(i => Measure(input, n, $"n{i}"));
        var twice = Enumerable.Range(0, 3).Min(i => Measure(input, 2 * n, $"2n{i}"));

        // Then 2n costs at most 2.6 times n
        var ratio = twice.TotalSeconds / once.TotalSeconds;
        Output.WriteLine($"{input}: n = {n:N0}: {once.TotalMilliseconds:0} ms; 2n: {twice.TotalMilliseconds:0} ms; ratio {ratio:0.00}");
        Assert.True(ratio <= MaxRatio, $"{input}: 2n took {ratio:0.00} times as long as n (at most {MaxRatio})");
    }

    private TimeSpan Measure(string input, int size, string tag)
    {
        var (name, content) = input switch
        {
            // many stories in one file (as a scraper's concatenated pages): the cast grows with the text
            "plain text" => ("report.txt", new NewsText(size, cast: Math.Max(40, size / 1500)).Text(size)),
            "plain text, one story" => ("report.txt", new NewsText(size).Text(size)),
            "nested divs" => ("page.html", HostileInput.NestedHtml("div", size)),
            "nested tables" => ("page.html", HostileInput.NestedTables(size)),
            "feed with nested description" => ("feed.rss", HostileInput.NestedFeed(size)),
            _ => ("lines.jsonl", HostileInput.JsonLines(size)),
        };
        var folder = PathOf($"{tag}-{size}");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, content);
        var pipeline = Pipeline.Value;

        var clock = Stopwatch.StartNew();
        using (var workspace = CaseWorkspace.Open(Path.Combine(folder, "case")))
        {
            var summary = new CaseIngestor(workspace.Store, pipeline, new DocumentReader(new ReaderOptions(64L * 1024 * 1024))).Ingest([file]);
            // a layout table is no article to SmartReader at any depth; every other input must be stored
            Assert.Equal(input == "nested tables" ? 1 : 0, summary.Rejected);
            workspace.Resolve();
        }

        clock.Stop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return clock.Elapsed;
    }
}
