using System.Diagnostics;
using System.Globalization;
using Triangulate.Cases;
using Triangulate.Core.Documents;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cli.Commands;

/// <summary>The growth test as a user meets it: adding a report to a case on disk.</summary>
internal static partial class BenchCommand
{
    /// <summary>
    /// The same probe documents as the in-memory test, each stored and resolved as `add` does it (store the document,
    /// open the stored index, resolve the document against it, save): once into a fresh copy of a stored case of 20
    /// other documents, one after another into a stored case of 2,000, and into one of 1,000 (to show whether the cost
    /// still grows). Building the large case (resolving 2,000 documents in one run) is timed too.
    /// </summary>
    private static void CompareStoredAdds(ICaseStore corpus, PostgresLocation? server = null)
    {
        var documents = corpus.Documents().Select(d => d.Document).ToList();
        if (documents.Count < Large + Probes)
        {
            return;
        }

        var (probes, others, _) = SplitProbes(documents);
        var root = Path.Combine(Path.GetTempPath(), "triangulate-bench-stored-" + Guid.NewGuid().ToString("N")[..8]);
        var cases = new BenchCases(root, server);
        try
        {
            var smallCase = cases.New("small");
            Build(smallCase, others.Take(Small));
            var build = Stopwatch.StartNew();
            var largeCase = cases.New("large");
            Build(largeCase, others.Take(Large));
            build.Stop();

            var small = new List<double>();
            foreach (var probe in probes)
            {
                // A fresh copy of the small case for each probe, so each is added as document #21.
                var copy = cases.CopyOf(smallCase);
                using (var workspace = CaseWorkspace.Open(copy))
                {
                    small.Add(TimeAdd(workspace, probe));
                }

                cases.Remove(copy);
            }

            var large = AddEach(largeCase, probes);

            // A case half as large: if the cost has stopped growing, adding there costs what adding at #2,001 does.
            var middleCase = cases.New("middle");
            Build(middleCase, others.Take(Middle));
            var middle = AddEach(middleCase, probes);

            var inv = CultureInfo.InvariantCulture;
            var ratios = small.Zip(large, (s, l) => l / s).ToList();
            Console.WriteLine();
            Console.WriteLine(server is null
                ? "adding one report to a case on disk (store it, resolve it against the stored index, save), as `add` does:"
                : $"adding one report to a case on PostgreSQL ({server}; store it, resolve it against the stored index, save), as `add` does:");
            Console.WriteLine(string.Create(inv, $"  building the stored case of {Large}: {Large / build.Elapsed.TotalSeconds:0.0} documents/s ({build.Elapsed.TotalSeconds:0.00} s, storing and resolving)"));
            Console.WriteLine(string.Create(inv, $"  the same {Probes} documents, each added as #{Small + 1}: {Median(small):0.00} ms (median)"));
            Console.WriteLine(string.Create(inv, $"  and added as #{Large + 1}-#{Large + Probes}: {Median(large):0.00} ms (median)"));
            Console.WriteLine(string.Create(inv, $"  cost of a stored add at #{Large + 1} / at #{Small + 1}, same documents: {Median(ratios):0.00} (median of the {Probes} ratios; total {large.Sum() / small.Sum():0.00})"));
            Console.WriteLine(string.Create(inv, $"  added as #{Middle + 1}-#{Middle + Probes}: {Median(middle):0.00} ms (median); cost at #{Large + 1} / at #{Middle + 1}: {Median(middle.Zip(large, (m, l) => l / m)):0.00} (median of the ratios; total {large.Sum() / middle.Sum():0.00})"));
        }
        finally
        {
            cases.Dispose();
        }
    }

    /// <summary>The cases of the stored-add test: folders under a temporary root, or schemas on a server, removed at the end.</summary>
    private sealed class BenchCases(string root, PostgresLocation? server) : IDisposable
    {
        private readonly List<PostgresLocation> _schemas = [];

        public string New(string name)
        {
            if (server is null)
            {
                return Path.Combine(root, name);
            }

            var location = PostgresLocation.Parse($"{server.Connection.ConnectionString};Schema=bench_{Guid.NewGuid().ToString("N")[..8]}_{name}");
            _schemas.Add(location);
            return $"{location.Connection.ConnectionString};Schema={location.Schema}";
        }

        public string CopyOf(string source)
        {
            var copy = New("probe");
            if (server is null)
            {
                Directory.CreateDirectory(copy);
                File.Copy(Path.Combine(source, Storage.Sqlite.SqliteCaseStore.FileName), Path.Combine(copy, Storage.Sqlite.SqliteCaseStore.FileName));
                return copy;
            }

            using var original = CaseWorkspace.Open(source);
            using var target = CaseWorkspace.Open(copy);
            target.CopyFrom(original);
            return copy;
        }

        public void Remove(string location)
        {
            if (CaseLocation.Postgres(location) is { } schema)
            {
                PostgresCaseStore.Drop(schema);
                _schemas.RemoveAll(s => s.Schema == schema.Schema);
                return;
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(location, recursive: true);
        }

        public void Dispose()
        {
            foreach (var schema in _schemas)
            {
                PostgresCaseStore.Drop(schema);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
            catch (IOException)
            {
                // Left behind in the temp folder; harmless.
            }
        }
    }

    private const int Middle = 1000;

    /// <summary>Adds the probes one after another to a stored case, opening it for each as each `add` does.</summary>
    private static List<double> AddEach(string folder, List<Document> probes)
    {
        var times = new List<double>();
        foreach (var probe in probes)
        {
            using var workspace = CaseWorkspace.Open(folder);
            times.Add(TimeAdd(workspace, probe));
        }

        return times;
    }

    private static void Build(string folder, IEnumerable<Document> documents)
    {
        using var workspace = CaseWorkspace.Open(folder);
        foreach (var document in documents)
        {
            workspace.Store.Add(document);
        }

        workspace.Update();
    }

    private static double TimeAdd(CaseWorkspace workspace, Document document)
    {
        var start = Stopwatch.GetTimestamp();
        workspace.Store.Add(document);
        var update = workspace.Update();
        if (update.Resolved != 1)
        {
            throw new InvalidOperationException($"bench: expected one document resolved, got {update.Resolved}");
        }

        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
