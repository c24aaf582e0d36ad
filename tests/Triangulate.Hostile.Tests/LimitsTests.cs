using System.Text.Json;
using Triangulate.Core.Pipeline;
using Triangulate.Hostile.Tests.Generators;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>
/// Hostile and merely large inputs, each added by the real program: a time bound, a memory bound and the exact stored
/// state. CI runs small sizes; <c>soak.sh</c> runs the sizes and bounds (5 s for the markup, 60 s for 10 MB).
/// </summary>
[Collection("Timing")]
public sealed class LimitsTests(ITestOutputHelper output) : Workspace(output)
{
    private const double MaxMemoryMb = 1024;

    private static readonly TimeSpan MarkupBound = TimeSpan.FromSeconds(Sizes.Pick(15, 5));
    private static readonly Lazy<Core.Pipeline.AnnotationPipeline> Pipeline = new(Core.Pipeline.DefaultPipeline.Create);

    private JsonElement AddAndExport(string file, TimeSpan bound, out Triangulate.Run add, int expectedExit = 0, string maxMb = "10")
    {
        add = Run(bound * 3, "add", file, "--case", "c", "--max-mb", maxMb);
        Assert.Equal(expectedExit, add.ExitCode);
        Assert.True(add.Elapsed <= bound, $"add took {add.Elapsed.TotalSeconds:0.0} s, over {bound.TotalSeconds} s");
        Assert.True(add.PeakMb <= MaxMemoryMb, $"add peaked at {add.PeakMb:0} MB, over {MaxMemoryMb} MB");
        if (OperatingSystem.IsLinux())
        {
            Assert.True(add.PeakBytes > 0, "peak memory was not measured");
        }

        var export = Run("export", "--case", "c");
        Assert.Equal(0, export.ExitCode);
        return JsonDocument.Parse(export.Out).RootElement.Clone();
    }

    [Fact]
    public void Deeply_nested_html_is_flattened_past_the_cap_with_one_warning()
    {
        const string tag = "div";
        // Given an article nested 20,000 (soak: 100,000) elements deep
        var depth = Sizes.Pick(20_000, 100_000);
        File.WriteAllText(PathOf("page.html"), HostileInput.NestedHtml(tag, depth));

        // When it is added
        var export = AddAndExport(PathOf("page.html"), MarkupBound, out var add);

        // Then it is read within the bounds, its text kept, with one warning naming the file and the depth
        var document = Assert.Single(export.GetProperty("documents").EnumerateArray());
        Assert.Contains("The harbour authority said on Monday", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        var warning = Assert.Single(add.Err.Split('\n'), l => l.Contains("flattened", StringComparison.Ordinal));
        Assert.Contains($"page.html: markup nested {depth + 4:N0} levels deep", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_tables_are_answered_within_the_bounds()
    {
        // Given tables nested 5,000 (soak: 20,000) deep, text in the innermost cell
        File.WriteAllText(PathOf("tables.html"), HostileInput.NestedTables(Sizes.Pick(5_000, 20_000)));

        // When it is added
        var add = Run(MarkupBound * 3, "add", "tables.html", "--case", "c");

        // Then it is answered within the bounds; the text of a layout table is not an article to SmartReader at any
        // depth (three tables deep neither), so the page is rejected by name, as a shallow one is
        Assert.True(add.Elapsed <= MarkupBound, add.ToString());
        Assert.True(add.PeakMb <= MaxMemoryMb, add.ToString());
        Assert.Contains("rejected: tables.html: HTML has no readable article text", add.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_item_with_deeply_nested_html_goes_through_the_same_cap()
    {
        // Given an RSS item whose description nests 10,000 (soak: 50,000) levels
        File.WriteAllText(PathOf("feed.rss"), HostileInput.NestedFeed(Sizes.Pick(10_000, 50_000)));

        // When it is added
        var export = AddAndExport(PathOf("feed.rss"), MarkupBound, out var add);

        // Then the item is one document with its text and link, and one warning names the item
        var document = Assert.Single(export.GetProperty("documents").EnumerateArray());
        Assert.Equal("The harbour authority said on Monday that the port would reopen within a week.", document.GetProperty("text").GetString());
        Assert.Equal("https://example.org/port", document.GetProperty("url").GetString());
        Assert.Single(add.Err.Split('\n'), l => l.Contains("feed.rss#1: markup nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_over_the_annotation_cap_is_stored_whole_and_annotated_up_to_the_cap()
    {
        // Given news prose three times the cap (CI: the cap at 60,000 characters, in this process; soak: 10 MB
        // through the program, over the real cap of 2,000,000)
        var cap = Sizes.Pick(60_000, Core.Pipeline.AnnotationLimits.MaxCharacters);
        var size = Sizes.Pick(180_000, 10_000_000);
        var text = new NewsText(5).Text(size);
        if (Sizes.Soak)
        {
            File.WriteAllText(PathOf("long.txt"), text);
            var export = AddAndExport(PathOf("long.txt"), TimeSpan.FromSeconds(60), out var add);
            var stored = Assert.Single(export.GetProperty("documents").EnumerateArray());
            Assert.Equal(text.Length, stored.GetProperty("text").GetString()!.Length);
            Assert.All(export.GetProperty("claims").EnumerateArray(), c => Assert.True(c.GetProperty("end").GetInt32() <= cap));
            Assert.Single(add.Err.Split('\n'), l => l.Contains("long.txt: ", StringComparison.Ordinal) && l.Contains("stored as text only", StringComparison.Ordinal));
            return;
        }

        // When it is annotated within the cap
        var document = new Core.Documents.Document(text, new Core.Documents.DocumentMetadata("long.txt"));
        var warning = Pipeline.Value.RunWithin(document, cap);

        // Then its text is whole, its annotations end before the cap, at a paragraph end, and a warning says so
        Assert.Equal(text, document.Text);
        var claims = document.GetOrEmpty<Core.Claims.Claim>();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.True(c.End <= cap));
        Assert.All(document.GetOrEmpty<Core.Entities.EntityMention>(), m => Assert.True(m.End <= cap));
        Assert.Contains("the rest is stored as text only", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_json_lines_are_added_and_status_answers_at_once()
    {
        // Given a JSON-lines file of 3,000 (soak: 100,000) short reports
        var lines = Sizes.Pick(3_000, 100_000);
        File.WriteAllText(PathOf("lines.jsonl"), HostileInput.JsonLines(lines));

        // When it is added, then status is asked
        // (100,000 lines are 11.5 MB: over the default limit of one input, which would reject the file unread)
        var export = AddAndExport(PathOf("lines.jsonl"), TimeSpan.FromSeconds(Sizes.Pick(90, 120)), out _, maxMb: "20");
        var status = Run("status", "--case", "c");

        // Then every distinct line is a document, and status takes at most 2 s (it reads counts, not the case)
        var distinct = File.ReadLines(PathOf("lines.jsonl")).Distinct().Count();
        Assert.Equal(distinct, export.GetProperty("documents").GetArrayLength());
        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"documents:       {distinct}", status.Out, StringComparison.Ordinal);
        Assert.True(status.Elapsed <= TimeSpan.FromSeconds(Sizes.Pick(6, 2)), $"status took {status.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void An_external_entity_is_refused_and_no_local_file_leaks()
    {
        // Given a feed whose item asks for a local file through an external entity
        File.WriteAllText(PathOf("secret.txt"), "TOP-SECRET-CONTENT");
        File.WriteAllText(PathOf("xxe.rss"), HostileInput.ExternalEntityFeed(PathOf("secret.txt")));

        // When it is added
        var add = Run(TimeSpan.FromSeconds(60), "add", "xxe.rss", "--case", "c");

        // Then the secret is nowhere in the case
        Assert.True(add.ExitCode is 0 or 1, add.ToString());
        var export = Run("export", "--case", "c");
        Assert.DoesNotContain("TOP-SECRET-CONTENT", export.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET-CONTENT", add.Err + add.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_billion_laughs_expansion_is_refused_in_bounded_time_and_memory()
    {
        // Given a feed with the billion-laughs entities
        File.WriteAllText(PathOf("laughs.rss"), HostileInput.BillionLaughs());

        // When it is added
        var add = Run(TimeSpan.FromSeconds(60), "add", "laughs.rss", "--case", "c");

        // Then nothing is expanded: the add ends at once, in little memory, with no document of laughs
        Assert.True(add.Elapsed <= MarkupBound, add.ToString());
        Assert.True(add.PeakMb <= 512, add.ToString());
        var export = Run("export", "--case", "c");
        Assert.DoesNotContain("lollollol", export.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_megabytes_of_one_word_is_bounded()
    {
        // Given one word repeated over 1 MB (soak: 10 MB), as a decompressed bomb would be
        var size = Sizes.Pick(1_000_000, 10_000_000);
        File.WriteAllText(PathOf("word.txt"), HostileInput.OneWord(size));

        // When it is added
        var export = AddAndExport(PathOf("word.txt"), TimeSpan.FromSeconds(Sizes.Pick(90, 60)), out _);

        // Then it is stored whole, within the bounds
        var document = Assert.Single(export.GetProperty("documents").EnumerateArray());
        Assert.True(document.GetProperty("text").GetString()!.Length >= size - 10);
    }

    [Fact]
    public void Binary_with_a_txt_name_is_rejected_and_the_rest_of_the_folder_added()
    {
        // Given a folder with a binary file named .txt beside a report
        Directory.CreateDirectory(PathOf("in"));
        File.WriteAllBytes(PathOf("in/binary.txt"), HostileInput.Binary(200_000));
        File.WriteAllText(PathOf("in/report.txt"), new NewsText(1).Text(2000));

        // When the folder is added
        var add = Run("add", "in", "--case", "c");

        // Then the binary is rejected by name, the report stored
        Assert.Equal(1, add.ExitCode);
        Assert.Contains("rejected: in/binary.txt: binary content", add.Err, StringComparison.Ordinal);
        Assert.Contains("has 1 documents", add.Out, StringComparison.Ordinal);
    }
}
