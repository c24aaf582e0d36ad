using System.Text.Json;
using Triangulate.Cases;
using Triangulate.Resolution;
using Triangulate.Storage.Sqlite;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cases.Tests;

/// <summary>
/// The stored resolution index: adding documents a few at a time, across separate openings of the case, gives the
/// case file that resolving every document at once in memory gives, and a run stopped halfway goes on from its last
/// save.
/// </summary>
public sealed class IncrementalResolutionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-incremental");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// The project's demo reports, and when ../shared is there the drone-plant sample and 80 BBC articles of two
    /// sections (business and politics share many names, and common words fill blocks past the stored window).
    /// </summary>
    private List<string> Inputs()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Repository, "samples", "demo"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("../shared absent: only the demo reports are used");
            return files;
        }

        files.AddRange(Directory.GetFiles(Path.Combine(shared, "samples", "drone-plant")).Order(StringComparer.Ordinal));
        foreach (var section in new[] { "business", "politics" })
        {
            files.AddRange(Directory.GetFiles(Path.Combine(shared, "data", "news", "bbc", section), "*.txt").Order(StringComparer.Ordinal).Take(40));
        }

        return files;
    }

    private static string Serialize(CaseResolution resolution) => JsonSerializer.Serialize(resolution, Json);

    /// <summary>What resolving the stored documents in one go, in memory, gives.</summary>
    private static CaseResolution InMemory(CaseWorkspace workspace)
    {
        var resolver = new CaseResolver(workspace.Store.Decisions().Select(d => new ResolutionDecision(d.Kind, d.A, d.B)));
        foreach (var stored in workspace.Store.Documents())
        {
            resolver.Add(CaseWorkspace.ToAnnotated(stored));
        }

        return resolver.Snapshot();
    }

    [Fact]
    public void Adding_in_batches_across_openings_gives_what_resolving_everything_at_once_gives()
    {
        // Given the inputs added in batches of 1, 2, 7, 30 and the rest, each batch by a new opening of the case that
        // resolves and saves 4 documents at a time
        var files = Inputs();
        var sizes = new[] { 1, 2, 7, 30, int.MaxValue };
        var offset = 0;
        var resolvedPerRun = new List<int>();
        foreach (var size in sizes)
        {
            using var workspace = CaseWorkspace.Open(_folder);
            workspace.SaveEvery = 4;
            workspace.Add(files.Skip(offset).Take(size).ToList());
            resolvedPerRun.Add(workspace.Update().Resolved);
            offset = Math.Min(files.Count, offset + size);
        }

        // When the case file's resolution is built from the stored index
        using var reopened = CaseWorkspace.Open(_folder);
        var incremental = reopened.Resolve();

        // Then each run resolved only its own documents, and the result is the one-pass, in-memory resolution
        var total = reopened.Store.Status().Documents;
        output.WriteLine($"{total} documents, resolved per run: {string.Join(", ", resolvedPerRun)}; {incremental.Entities.Count} entities, {incremental.Clusters.Count} clusters, {incremental.Contradictions.Count} conflicts");
        Assert.Equal(total, resolvedPerRun.Sum());
        Assert.All(resolvedPerRun.Take(resolvedPerRun.Count - 1), n => Assert.True(n <= 30));
        Assert.Equal(Serialize(InMemory(reopened)), Serialize(incremental));
        Assert.Contains(incremental.Entities, e => e.Explanation.Count > 0);
        Assert.NotEmpty(incremental.Contradictions);
    }

    [Fact]
    public void A_run_stopped_after_a_save_goes_on_from_there_and_a_stale_snapshot_is_rebuilt()
    {
        // Given a case whose index covers its first documents, saved, and a snapshot of that state
        var files = Inputs();
        using (var workspace = CaseWorkspace.Open(_folder))
        {
            workspace.Add(files.Take(3).ToList());
            Assert.Equal(3, workspace.Update().Resolved);
            _ = workspace.Resolve();

            // and more documents stored whose resolution never ran (as after a crash between ingest and resolution)
            workspace.Add(files.Skip(3).ToList());
        }

        // When the case is opened again and a view asks for the resolution
        using var reopened = CaseWorkspace.Open(_folder);
        var before = reopened.Store.Status();
        var resolution = reopened.Resolve();

        // Then only the unresolved documents are resolved, and the snapshot covers them all
        Assert.Equal(3, before.ResolvedThrough);
        Assert.Equal(before.LastSequence, reopened.Store.Status().ResolvedThrough);
        Assert.Equal(Serialize(InMemory(reopened)), Serialize(resolution));
        Assert.Equal(0, reopened.Update().Resolved);
    }

    [Fact]
    public void An_index_of_another_version_is_rebuilt_and_decisions_apply_without_resolving_again()
    {
        // Given a resolved case whose stored index claims another version of the rules
        var files = Inputs();
        using (var workspace = CaseWorkspace.Open(_folder))
        {
            workspace.Add(files);
            workspace.Update();
        }

        using (var store = SqliteCaseStore.Open(_folder))
        {
            var header = store.ResolutionIndex.LoadHeader()!;
            var changes = new Resolution.Index.IndexChanges
            {
                Header = header with { Version = "an older version" },
                PreviousThroughSequence = header.ThroughSequence,
            };
            store.ResolutionIndex.Save(changes);
        }

        // When the case is opened and updated, then a merge decision is made
        using var reopened = CaseWorkspace.Open(_folder);
        var update = reopened.Update();
        var before = reopened.Resolve();
        // (two entities whose names no other entity uses, so that the merge joins exactly those two)
        var named = before.Entities.SelectMany(e => e.Aliases.Select(a => a.Text.ToUpperInvariant()).Distinct()).CountBy(a => a).ToDictionary();
        var two = before.Entities.Where(e => named[e.Name.ToUpperInvariant()] == 1).Take(2).ToList();
        var after = reopened.Decide("merge", two[0].Name, two[1].Name);

        // Then every document was resolved again, and the decision took effect in the snapshot alone
        Assert.Equal(files.Count, update.Resolved);
        Assert.Equal(CaseResolver.IndexVersion, reopened.Store.ResolutionIndex.LoadHeader()!.Version);
        Assert.Equal(0, reopened.Update().Resolved);
        Assert.Equal(before.Entities.Count - 1, after.Entities.Count);
        Assert.Contains(after.Entities, e => e.Explanation.Any(l => l.StartsWith("merged by decision", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_runs_on_one_case_cannot_both_save_from_the_same_state()
    {
        // Given a resolved case, two more stored documents, and two processes' resolvers opened on the same index
        var files = Inputs().Take(6).ToList();
        using var first = CaseWorkspace.Open(_folder);
        first.Add(files.Take(4).ToList());
        first.Update();
        first.Add(files.Skip(4).ToList());
        using var second = CaseWorkspace.Open(_folder);
        var one = CaseResolver.Open(first.Store.ResolutionIndex);
        var other = CaseResolver.Open(second.Store.ResolutionIndex);
        var fifth = first.Store.Documents(afterSequence: 4).First();

        // When both resolve the fifth document and save, one after the other
        one.Add(CaseWorkspace.ToAnnotated(fifth));
        one.Save(fifth.Sequence);
        other.Add(CaseWorkspace.ToAnnotated(fifth));

        // Then the second save is refused and changes nothing; an update resolves only what is left
        Assert.Throws<Resolution.Index.ResolutionIndexConflictException>(() => other.Save(fifth.Sequence));

        // (the first process ends, releasing the case's write lock, which a second process's update waits for)
        first.Dispose();
        Assert.Equal(1, second.Update().Resolved);
        Assert.Equal(Serialize(InMemory(second)), Serialize(second.Resolve()));
    }
}
