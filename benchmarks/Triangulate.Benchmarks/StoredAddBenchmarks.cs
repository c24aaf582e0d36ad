using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Triangulate.Cases;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Readers;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Benchmarks;

/// <summary>
/// Adding reports to a case on disk as `add` does after annotating them: open the case, store the document, resolve
/// it against the stored index, save. Each iteration starts from a fresh copy of a stored case of
/// <see cref="CaseSize"/> BBC articles and adds the same 10 other articles one by one, so the two sizes differ only
/// in what the case already holds. Needs <c>../shared/data/news/bbc</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class StoredAddBenchmarks
{
    private const int Probes = 10;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "triangulate-bdn-" + Guid.NewGuid().ToString("N")[..8]);
    private List<Document> _probes = [];

    /// <summary>Reports in the case before the 10 are added.</summary>
    [Params(20, 2000)]
    public int CaseSize { get; set; }

    private string Template => Path.Combine(_root, "template");

    private string Work => Path.Combine(_root, "work");

    [GlobalSetup]
    public void Setup()
    {
        var bbc = BenchmarkCorpus.Folder("bbc") ?? throw new InvalidOperationException("StoredAddBenchmarks needs ../shared/data/news/bbc");
        var reader = new DocumentReader();
        // Unique texts only (the corpus repeats some articles), so that every probe is new to the case.
        var unique = Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(reader.ReadFile).OfType<ReadResult.Read>().Select(r => r.Document)
            .DistinctBy(d => d.Id).ToList();
        var step = unique.Count / Probes;
        var probeIndices = Enumerable.Range(0, Probes).Select(i => (i * step) + (step / 2)).ToHashSet();
        var pipeline = DefaultPipeline.Create();
        _probes = [.. probeIndices.Order().Select(i => pipeline.Run(unique[i]))];
        var basis = unique.Where((_, i) => !probeIndices.Contains(i)).Take(CaseSize).Select(pipeline.Run).ToList();
        using var workspace = CaseWorkspace.Open(Template);
        foreach (var document in basis)
        {
            workspace.Store.Add(document);
        }

        workspace.Update();
        Console.WriteLine($"// stored case of {workspace.Store.LastSequence()} documents, {_probes.Count} probes");
    }

    [IterationSetup]
    public void Copy()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Work);
        File.Copy(Path.Combine(Template, SqliteCaseStore.FileName), Path.Combine(Work, SqliteCaseStore.FileName), overwrite: true);
    }

    /// <summary>Ten reports added one by one, each by its own opening of the case.</summary>
    [Benchmark]
    public int AddTenReports()
    {
        var resolved = 0;
        foreach (var probe in _probes)
        {
            using var workspace = CaseWorkspace.Open(Work);
            workspace.Store.Add(probe);
            resolved += workspace.Update().Resolved;
        }

        return resolved == _probes.Count ? resolved : throw new InvalidOperationException($"resolved {resolved} of {_probes.Count}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
