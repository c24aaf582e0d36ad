using System.Text.Json;
using Triangulate.Cases;
using Triangulate.Readers;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cases.Tests;

/// <summary>
/// Ingest through the work queue of a case on PostgreSQL: several workers, one of which dies holding a batch, give
/// the case file one process adding the same inputs gives, with every document stored once.
/// </summary>
public sealed class WorkQueueTests(ITestOutputHelper output) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-queue");
    private readonly Lazy<PostgresLocation> _server = new(() => TestPostgres.NewCase("queue"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_server.IsValueCreated)
        {
            TestPostgres.Drop(_server.Value);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string Server => _server.Value.Connection.ConnectionString + ";Schema=" + _server.Value.Schema;

    /// <summary>The demo reports twice (a repeat is stored once), and 40 BBC articles when ../shared is there.</summary>
    private List<string> Inputs()
    {
        var demo = Directory.GetFiles(Path.Combine(TestPaths.Repository, "samples", "demo"), "*.txt").Order(StringComparer.Ordinal).ToList();
        List<string> files = [.. demo, .. demo.Take(2)];
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("../shared absent: only the demo reports are used");
            return files;
        }

        files.AddRange(Directory.GetFiles(Path.Combine(shared, "data", "news", "bbc", "business"), "*.txt").Order(StringComparer.Ordinal).Take(40));
        return files;
    }

    private static string Export(string location)
    {
        using var workspace = CaseWorkspace.Open(location);
        return JsonSerializer.Serialize(workspace.CaseFile(), Json);
    }

    [PostgresFact]
    public void Two_workers_and_a_dead_one_give_what_one_process_gives()
    {
        // Given the inputs added by one process to a folder, and queued on the server
        var files = Inputs();
        var folder = Path.Combine(_folder, "case");
        using (var workspace = CaseWorkspace.Open(folder))
        {
            workspace.Add(files, ReaderOptions.Default);
        }

        QueueSummary queued;
        using (var workspace = CaseWorkspace.Open(Server))
        {
            queued = workspace.Queue(files);
        }

        // And a worker that claims the first batch with a short lease and dies with it (it never stores anything)
        using (var dead = PostgresCaseStore.Open(_server.Value))
        {
            Assert.Equal(4, new PostgresWorkQueue(dead).Claim("dead-worker", 4, TimeSpan.FromSeconds(1)).Count);
        }

        // When two workers run at once until the queue is empty
        var options = new WorkerOptions(Threads: 1, Batch: 3, Lease: TimeSpan.FromSeconds(3), Poll: TimeSpan.FromMilliseconds(200));
        var summaries = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var workspace = CaseWorkspace.Open(Server);
            return new CaseWorker(workspace, options).Run();
        })).ToList();
        Task.WaitAll(summaries);

        // Then every queued document is stored once (the dead worker's batch by the others), every job is done,
        // and the case file equals the one process's
        using (var store = PostgresCaseStore.Open(_server.Value))
        {
            Assert.Equal(new QueueCounts(0, 0, queued.Queued, 0), store.Status().Queue);
            Assert.Equal(queued.Queued, summaries.Sum(s => s.Result.Stored));
            Assert.Equal(queued.Queued, store.Status().Documents);
            Assert.Equal(store.Status().LastSequence, store.Status().ResolvedThrough);
        }

        Assert.Equal(files.Count - 2, queued.Queued);
        Assert.Equal(Export(folder), Export(Server));
    }

    [PostgresFact]
    public void Queuing_the_same_inputs_again_queues_nothing()
    {
        // Given inputs queued once
        var files = Inputs().Take(5).ToList();
        using var workspace = CaseWorkspace.Open(Server);
        workspace.Queue(files);

        // When they are queued again
        var again = workspace.Queue(files);

        // Then all were read and none queued twice
        Assert.Equal((5, 0), (again.Read, again.Queued));
        Assert.Equal(5, workspace.Store.Status().Queue!.Queued);
    }

    [Fact]
    public void A_folder_case_has_no_queue()
    {
        // Given a case in a folder
        using var workspace = CaseWorkspace.Open(Path.Combine(_folder, "local"));

        // When inputs are queued on it
        var refused = Assert.Throws<InvalidOperationException>(() => workspace.Queue([]));

        // Then it is refused with what to do instead
        Assert.Contains("only a case on PostgreSQL has a work queue (use `add` here)", refused.Message, StringComparison.Ordinal);
    }
}
