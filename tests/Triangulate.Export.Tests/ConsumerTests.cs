using System.Text;
using System.Text.Json;
using Triangulate.Export.Ftm;
using Triangulate.Export.Graph;
using Triangulate.Export.TimelineJs;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Export.Tests;

/// <summary>
/// Each export handed to the tool the field reads it with: FollowTheMoney entities to Aleph's model
/// (<c>@alephdata/followthemoney</c>), the timeline to TimelineJS in headless Chromium, GraphML and GEXF to
/// graphology's readers. The scripts are in <c>consumers/</c>.
/// </summary>
[Collection(DemoCaseCollection.Name)]
public sealed class ConsumerTests(DemoCase demo, ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-consumers");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Demo_ftm_export_is_valid_against_the_followthemoney_model()
    {
        // Given the demo case's FollowTheMoney export
        if (Skip() is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        var file = Write("demo.ftm", new FtmExporter(), demo.CaseFile);

        // When the FollowTheMoney model reads and checks every entity
        var (exit, result, error) = Consumers.Run("validate-ftm.mjs", file);

        // Then nothing is wrong, and the case is all there: an Article per report, a Note per claim, a Mention per span
        // naming a person or organisation, every mapped entity
        Assert.True(exit == 0, result.ToString() + error);
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        var schemata = result.GetProperty("schemata");
        int Count(string schema) => schemata.TryGetProperty(schema, out var n) ? n.GetInt32() : 0;
        var c = demo.CaseFile;
        Assert.Equal(c.Documents.Count, Count("Article"));
        Assert.Equal(c.Claims.Count, Count("Note"));
        var legal = c.Entities.Where(e => FtmSchemata.SchemaOf(e) is { } s && FtmSchemata.IsLegalEntity(s)).ToList();
        Assert.Equal(legal.Sum(e => e.Mentions.Count), Count("Mention"));
        var mapped = c.Entities.Count(e => FtmSchemata.SchemaOf(e) is not null);
        Assert.Equal(mapped, Count("Person") + Count("Organization") + Count("Company") + Count("PublicBody") + Count("Address") + Count("Event"));
        Assert.True(Count("Person") > 0 && Count("Address") > 0 && Count("Organization") + Count("Company") + Count("PublicBody") > 0, result.ToString());
        Assert.Equal(File.ReadAllLines(file).Length, result.GetProperty("entities").GetInt32());
    }

    [Fact]
    public void Ftm_export_of_hostile_text_and_a_long_body_is_valid()
    {
        // Given a case with markup and a formula in its claim, a country, a company, and a body longer than one value holds
        if (Skip() is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        var body = string.Concat(Enumerable.Repeat("Harbour Wire reported that the agency said the port in France was sold to Acme Shipping Ltd. ", 1500)) + "<script>x</script>";
        var caseFile = TinyCase.Create("=1+2 <script>alert(1)</script>", body);
        var file = Write("tiny.ftm", new FtmExporter(), caseFile);

        // When the FollowTheMoney model checks it
        var (exit, result, error) = Consumers.Run("validate-ftm.mjs", file);

        // Then it is valid; the body is split into values within the text type's length, and nothing is lost
        Assert.True(exit == 0, result.ToString() + error);
        var article = File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("schema").GetString() == "Article");
        var values = article.GetProperty("properties").GetProperty("bodyText").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.True(values.Count > 1);
        Assert.Equal(body, string.Concat(values));
        Assert.Contains(File.ReadLines(file), l => l.Contains("\"country\":[\"fr\"]", StringComparison.Ordinal));
        Assert.Contains(File.ReadLines(file), l => l.Contains("\"schema\":\"Company\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void Demo_graph_is_read_back_by_graphology_with_the_case_counts(string format)
    {
        // Given the demo case's graph written as GraphML or GEXF
        if (Skip() is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        var file = Write("demo." + format, CaseExporters.Find(format)!, demo.CaseFile);
        var graph = CaseGraph.Of(demo.CaseFile);

        // When graphology's reader parses it
        var (exit, result, error) = Consumers.Run("read-graph.mjs", format, file);

        // Then it has the graph's nodes and edges, each kind, every entity as a node, every contradiction as an edge,
        // and one co-occurrence edge per pair of entities named in one claim (counted here from the claims)
        Assert.True(exit == 0, error);
        Assert.Equal(graph.Nodes.Count, result.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Edges.Count, result.GetProperty("edges").GetInt32());
        Assert.Equal(graph.Edges.Count(e => e.Directed), result.GetProperty("directed").GetInt32());
        var labels = result.GetProperty("labels");
        Assert.All(demo.CaseFile.Entities, e => Assert.Equal(e.Name, labels.GetProperty(e.Id).GetString()));
        var kinds = result.GetProperty("kinds");
        Assert.Equal(demo.CaseFile.Contradictions.Count, kinds.GetProperty("contradicts").GetInt32());
        var pairs = demo.CaseFile.Claims
            .SelectMany(c => c.Entities.Distinct().SelectMany(a => c.Entities.Distinct().Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
            .Distinct().Count();
        Assert.Equal(pairs, kinds.GetProperty("co_occurs").GetInt32());
        Assert.True(kinds.GetProperty("said_about").GetInt32() > 0 && kinds.GetProperty("cites").GetInt32() > 0, kinds.ToString());
        Assert.Equal(graph.Edges.Sum(e => e.Weight), result.GetProperty("weight").GetInt32());
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void Graph_with_control_characters_and_markup_parses(string format)
    {
        // Given a case whose texts hold a control character (which XML cannot hold) and markup
        if (Skip() is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        var caseFile = TinyCase.Create("The <agency> said \u0001 the port & more.");
        var file = Write("tiny." + format, CaseExporters.Find(format)!, caseFile);

        // When graphology parses it
        var (exit, result, error) = Consumers.Run("read-graph.mjs", format, file);

        // Then it parses, with every node and edge
        Assert.True(exit == 0, error);
        var graph = CaseGraph.Of(caseFile);
        Assert.Equal(graph.Nodes.Count, result.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Edges.Count, result.GetProperty("edges").GetInt32());
    }

    [Fact]
    public void Demo_timeline_loads_in_timelinejs_with_a_slide_per_event()
    {
        // Given the demo case's TimelineJS export
        if (Skip(chromium: true) is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        var file = Write("demo-timeline.json", new TimelineJsExporter(), demo.CaseFile);

        // When TimelineJS loads it in headless Chromium
        var (exit, result, error) = Consumers.Run("timeline.mjs", file);

        // Then it is ready with no error, every timeline entry is an event, and there is a slide per event plus the title
        Assert.True(exit == 0, error);
        AssertLoadedCleanly(result);
        Assert.Equal(demo.CaseFile.Timeline.Count, result.GetProperty("events").GetInt32());
        Assert.Equal(demo.CaseFile.Timeline.Count + 1, result.GetProperty("slides").GetInt32());
        Assert.Equal(demo.CaseFile.Timeline.Count + 1, result.GetProperty("renderedSlides").GetInt32());
    }

    [Fact]
    public void Timeline_of_odd_dates_and_markup_loads_without_running_the_markup()
    {
        // Given a timeline with a week, a quarter, an interval, a relative date, a value with no year and an impossible
        // month, and a claim holding a script and an image with a handler
        if (Skip(chromium: true) is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        string[] when = ["2025-03-12", "2025-W11", "2025-Q1", "2025-03-03/2025-03-05", "after 2025-02-28", "2025-03-12T14:30", "PRESENT_REF", "2025-13"];
        var caseFile = TinyCase.Create("<script>alert(1)</script><img src=x onerror=alert(2)> said nothing", when: when);
        var file = Write("tiny-timeline.json", new TimelineJsExporter(), caseFile);

        // When TimelineJS loads it
        var (exit, result, error) = Consumers.Run("timeline.mjs", file);

        // Then the six placeable dates are events with a slide each, the two others are left out, and nothing ran
        Assert.True(exit == 0, error);
        AssertLoadedCleanly(result);
        Assert.Equal(6, TimelineJsExporter.Events(caseFile).Count());
        Assert.Equal(6, result.GetProperty("events").GetInt32());
        Assert.Equal(7, result.GetProperty("slides").GetInt32());
        Assert.Empty(result.GetProperty("dialogs").EnumerateArray());
    }

    [Fact]
    public void Drone_plant_sample_exports_are_read_by_every_consumer()
    {
        // Given the shared two-report sample (a published story and its rough machine translation) in a case
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("skipped: ../shared is absent");
            return;
        }

        if (Skip(chromium: true) is { } why)
        {
            output.WriteLine("skipped: " + why);
            return;
        }

        CaseFile caseFile;
        using (var workspace = Cases.CaseWorkspace.Open(Path.Combine(_work, "drone")))
        {
            workspace.Add(Readers.DocumentReader.ExpandPaths([Path.Combine(shared, "samples", "drone-plant")]).ToList());
            caseFile = workspace.CaseFile();
        }

        // When each export is handed to its consumer
        var ftm = Consumers.Run("validate-ftm.mjs", Write("drone.ftm", new FtmExporter(), caseFile));
        var timeline = Consumers.Run("timeline.mjs", Write("drone-timeline.json", new TimelineJsExporter(), caseFile));
        var graph = CaseGraph.Of(caseFile);

        // Then every one reads it: valid entities, a slide per placeable entry, the graph's counts in both formats
        Assert.True(ftm.ExitCode == 0, ftm.Result.ToString() + ftm.Error);
        Assert.Equal(caseFile.Documents.Count, ftm.Result.GetProperty("schemata").GetProperty("Article").GetInt32());
        Assert.True(timeline.ExitCode == 0, timeline.Error);
        AssertLoadedCleanly(timeline.Result);
        Assert.Equal(TimelineJsExporter.Events(caseFile).Count() + 1, timeline.Result.GetProperty("slides").GetInt32());
        foreach (var format in (string[])["graphml", "gexf"])
        {
            var read = Consumers.Run("read-graph.mjs", format, Write("drone." + format, CaseExporters.Find(format)!, caseFile));
            Assert.True(read.ExitCode == 0, read.Error);
            Assert.Equal(graph.Nodes.Count, read.Result.GetProperty("nodes").GetInt32());
            Assert.Equal(graph.Edges.Count, read.Result.GetProperty("edges").GetInt32());
        }
    }

    private static void AssertLoadedCleanly(JsonElement result)
    {
        Assert.True(result.GetProperty("ready").GetBoolean(), result.ToString());
        Assert.Empty(result.GetProperty("configErrors").EnumerateArray());
        Assert.Empty(result.GetProperty("warnings").EnumerateArray());
        Assert.Empty(result.GetProperty("pageErrors").EnumerateArray());
        Assert.True(result.GetProperty("titleSlide").GetBoolean());

        // Offline, the only requests refused are the web fonts of TimelineJS's own style sheet; the export asks for nothing.
        var requests = result.GetProperty("requests").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.All(requests, r => Assert.Matches(@"\.(ttf|woff2?|eot|otf)$", r));
        Assert.All(result.GetProperty("consoleErrors").EnumerateArray(), e => Assert.StartsWith("Failed to load resource", e.GetString(), StringComparison.Ordinal));
        Assert.True(result.GetProperty("consoleErrors").GetArrayLength() <= requests.Count, result.ToString());
    }

    private static string? Skip(bool chromium = false) => Consumers.Missing(chromium);

    private string Write(string name, ICaseExporter exporter, CaseFile caseFile)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, DemoCase.Export(exporter, caseFile));
        return path;
    }
}
