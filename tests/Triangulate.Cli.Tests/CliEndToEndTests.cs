using System.Text.Json;
using NJsonSchema;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

public sealed class CliEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-cli");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private CliRunner.Result Run(params string[] args)
    {
        var result = CliRunner.Run(_work, args);
        output.WriteLine($"$ triangulate {string.Join(' ', args)} -> {result.ExitCode}\n{result.Out}\n{result.Err}");
        return result;
    }

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string json)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Repository, "schemas", "triangulate-1.schema.json"));
        return schema.Validate(json);
    }

    [Fact]
    public async Task Demo_runs_on_a_fresh_checkout_and_writes_a_self_contained_report()
    {
        // Given nothing but the program
        // When the demo runs
        var result = Run("demo", "-o", "report.html");

        // Then it succeeds, summarises the case and writes a report without external requests
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Entities named in several reports", result.Out);
        Assert.Contains("Conflicts:", result.Out);
        Assert.Contains("Timeline:", result.Out);
        // the conflicts the demo's reports were written with: two sums of one payment, two truck counts (one in the
        // machine translation's spellings) and the ministry's denial against the minister's admission
        Assert.Contains("[polarity]", result.Out);
        Assert.True(result.Out.Split("[quantity]").Length - 1 >= 2, result.Out);
        var html = await File.ReadAllTextAsync(Path.Combine(_work, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Demo_case_exports_schema_valid_json_with_every_layer()
    {
        // Given the demo's reports added to a case
        var reports = Path.Combine(TestPaths.Repository, "samples", "demo");
        Assert.Equal(0, Run("add", reports, "--case", "c").ExitCode);

        // When it is exported
        var export = Run("export", "--format", "json", "--case", "c");

        // Then the JSON is valid against the schema and every layer has content
        Assert.Equal(0, export.ExitCode);
        Assert.Empty(await Validate(export.Out));
        AssertEveryLayerHasContent(export.Out, expectedDocuments: Directory.GetFiles(reports, "*.txt").Length);
    }

    [Fact]
    public async Task Drone_plant_sample_exports_schema_valid_json_with_every_layer()
    {
        // Given the shared two-report sample
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("skipped: ../shared is absent");
            return;
        }

        // When it is added and exported to a file
        var add = Run("add", Path.Combine(shared, "samples", "drone-plant"), "--case", "x");
        var export = Run("export", "--format", "json", "--case", "x", "-o", "case.json");

        // Then both succeed and the file is schema-valid with every layer filled
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(0, export.ExitCode);
        var json = await File.ReadAllTextAsync(Path.Combine(_work, "case.json"));
        Assert.Empty(await Validate(json));
        AssertEveryLayerHasContent(json, expectedDocuments: 2);
        using var doc = JsonDocument.Parse(json);
        Assert.All(doc.RootElement.GetProperty("documents").EnumerateArray(), d =>
        {
            // Neither file carries a date: each must be inferred, and say so.
            Assert.True(d.GetProperty("published_inferred").GetBoolean());
            Assert.Equal(JsonValueKind.String, d.GetProperty("published").ValueKind);
        });
    }

    [Fact]
    public void Bad_inputs_are_named_one_line_each_and_the_rest_is_added()
    {
        // Given a batch with good files and broken ones
        var batch = Path.Combine(_work, "batch");
        Directory.CreateDirectory(batch);
        File.WriteAllText(Path.Combine(batch, "good.txt"), "The harbour agency said on Monday that the terminal was finished.");
        File.WriteAllText(Path.Combine(batch, "lines.jsonl"), "{\"text\": \"A line report from the wire.\"}\n{broken\n{\"name\": \"no text\"}\n");
        File.WriteAllBytes(Path.Combine(batch, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(batch, "image.txt"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);

        // When the batch is added
        var result = Run("add", batch, "--case", "c");

        // Then the good documents are in, each bad input has one line naming it, and the exit code says so
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added 2, already present 0, rejected 4", result.Out);
        var rejections = result.Err.Split('\n').Where(l => l.StartsWith("rejected:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rejections.Count);
        Assert.Contains(rejections, l => l.Contains("lines.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(rejections, l => l.Contains("lines.jsonl:3", StringComparison.Ordinal));
        Assert.Contains(rejections, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(rejections, l => l.Contains("image.txt", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", result.Err + result.Out);

        // And adding again changes nothing
        var again = Run("add", batch, "--case", "c");
        Assert.Contains("added 0, already present 2, rejected 4", again.Out);
    }

    [Fact]
    public void A_killed_add_leaves_a_consistent_case_and_running_again_finishes_it()
    {
        // Given a corpus large enough that add takes a while
        var corpus = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(corpus);
        var random = new Random(7);
        string[] words = ["the", "agency", "said", "minister", "port", "deal", "on", "Monday", "paid", "million", "officials", "reported", "that", "a", "plant", "in"];
        for (var i = 0; i < 1500; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 500).Select(_ => words[random.Next(words.Length)])) + $" Report {i}.";
            File.WriteAllText(Path.Combine(corpus, $"{i:0000}.txt"), text);
        }

        // When add is killed partway
        using (var process = CliRunner.Start(_work, "add", corpus, "--case", "c"))
        {
            // Kill it once it has committed some documents, but not all.
            var database = Path.Combine(_work, "c", "case.db");
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (StoredDocuments(database) == 0 && DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(50);
            }

            Assert.False(process.HasExited, "add finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var partial = Run("status", "--case", "c");

        // Then the case opens, and running add again completes it without duplicates
        Assert.Equal(0, partial.ExitCode);
        var again = Run("add", corpus, "--case", "c");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("has 1500 documents", again.Out);
        Assert.DoesNotContain("already present 0", again.Out);
        var status = Run("status", "--case", "c");
        Assert.Contains("documents:       1500", status.Out);
    }

    [Fact]
    public void Merge_and_split_decisions_are_kept_by_later_adds()
    {
        // Given the demo case, where some entity is spelled several ways
        var reports = Path.Combine(TestPaths.Repository, "samples", "demo");
        var files = Directory.GetFiles(reports, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(0, Run(["add", .. files[..^1], "--case", "c"]).ExitCode);
        var entities = ExportEntities();
        var merged = entities.First(e => e.Aliases.Any(a => !a.Equals(e.Name, StringComparison.OrdinalIgnoreCase)));
        var alias = merged.Aliases.First(a => !a.Equals(merged.Name, StringComparison.OrdinalIgnoreCase));

        // When the user splits one spelling off
        Assert.Equal(0, Run("split", merged.Id, "--alias", alias, "--case", "c").ExitCode);

        // Then it is its own entity, and stays so after another add
        Assert.DoesNotContain(ExportEntities(), e => e.Aliases.Contains(alias) && e.Aliases.Contains(merged.Name));
        Assert.Equal(0, Run("add", files[^1], "--case", "c").ExitCode);
        Assert.DoesNotContain(ExportEntities(), e => e.Aliases.Contains(alias) && e.Aliases.Contains(merged.Name));

        // When the user merges them again, naming the entity by its id (which the split left it): its name is also a
        // spelling of another entity of the demo, so a merge by that spelling is refused as ambiguous
        var names = ExportEntities().Count(e => e.Aliases.Contains(merged.Name, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(names > 1 ? 2 : 0, Run("merge", merged.Name, alias, "--case", "c").ExitCode);
        Assert.Equal(0, Run("merge", merged.Id, alias, "--case", "c").ExitCode);

        // Then they are one entity again, and the explanation says why
        Assert.Contains(ExportEntities(), e => e.Aliases.Contains(alias) && e.Aliases.Contains(merged.Name));
        var explain = Run("entities", "--explain", merged.Id, "--case", "c");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains(alias, explain.Out);
    }

    private List<(string Id, string Name, List<string> Aliases)> ExportEntities()
    {
        var export = Run("export", "--case", "c");
        using var doc = JsonDocument.Parse(export.Out);
        return doc.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (
                e.GetProperty("id").GetString()!,
                e.GetProperty("name").GetString()!,
                e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList()))
            .ToList();
    }

    [Fact]
    public async Task Report_escapes_document_text()
    {
        // Given a document whose text looks like markup
        var file = Path.Combine(_work, "evil.txt");
        await File.WriteAllTextAsync(file, "The agency said <script>alert('x')</script> was found & <b>removed</b>.");
        Run("add", file, "--case", "c");

        // When the report is written
        var result = Run("report", "-o", "r.html", "--case", "c");

        // Then the text appears escaped, never as markup
        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_work, "r.html"));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Commands_on_a_missing_case_say_what_to_do()
    {
        // Given no case
        // When a reading command runs
        var result = Run("entities", "--case", "nowhere");

        // Then it says how to create one
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("triangulate add", result.Err);
    }

    private static long StoredDocuments(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static void AssertEveryLayerHasContent(string json, int expectedDocuments)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("triangulate/1", root.GetProperty("schema").GetString());
        Assert.Equal(expectedDocuments, root.GetProperty("documents").GetArrayLength());
        foreach (var layer in new[] { "entities", "times", "quantities", "claims", "clusters", "contradictions", "timeline" })
        {
            Assert.True(root.GetProperty(layer).GetArrayLength() > 0, $"layer '{layer}' is empty");
        }
    }
}
