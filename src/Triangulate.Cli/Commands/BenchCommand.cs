using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Cases;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Readers;
using Triangulate.Resolution;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate bench PATH</c>: end-to-end throughput on any corpus. Reads every input, annotates each document on
/// one thread with each stage timed, stores them in a temporary case, and resolves them across documents, timing the
/// cost of adding each document to the growing case. MB are 10^6 bytes of UTF-8 text; words are runs of non-space.
/// </summary>
internal static partial class BenchCommand
{
    public static Command Create()
    {
        var path = new Argument<string[]>("PATH") { Description = "Files or folders to ingest.", Arity = ArgumentArity.OneOrMore };
        var warmup = new Option<int>("--warmup") { Description = "Documents annotated untimed first, to warm the JIT.", DefaultValueFactory = _ => 100 };
        var server = new Option<string?>("--server") { Description = "Also time the stored add on a PostgreSQL server (postgres://... or Host=...); its bench_* schemas are dropped at the end." };
        server.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && (Cases.CaseLocation.Postgres(value) is null || Cases.CaseLocation.Problem(value) is not null))
            {
                result.AddError($"--server '{Cases.CaseLocation.Shown(value)}' is not a PostgreSQL case (postgres://user@host/db)");
            }
        });
        var command = new Command("bench", "Measure end-to-end throughput on a corpus (temporary case; nothing is kept).") { path, warmup, server };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(warmup), parse.GetValue(server) is { } s ? Cases.CaseLocation.Postgres(s) : null));
        return command;
    }

    private static int Run(string[] paths, int warmup, Storage.Postgres.PostgresLocation? server)
    {
        var inv = CultureInfo.InvariantCulture;
        var total = Stopwatch.StartNew();
        var files = DocumentReader.ExpandPaths(paths).ToList();
        var reader = new DocumentReader();
        var (documents, rejected, readTime) = ReadCorpus(files, reader);
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("triangulate: nothing to benchmark: no document could be read.");
            return CliSupport.Failed;
        }

        var documentCount = documents.Count;
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        long words = documents.Sum(d => CountWords(d.Text));
        Console.WriteLine(string.Create(inv, $"corpus: {documents.Count} documents from {files.Count} files ({rejected} rejected), {bytes / 1e6:0.00} MB, {words:N0} words; read in {readTime.TotalSeconds:0.00} s"));

        // Warm-up on copies, so the timed pass starts from fresh documents.
        var pipeline = DefaultPipeline.Create();
        foreach (var d in documents.Take(warmup))
        {
            pipeline.Run(new Document(d.Text, d.Metadata));
        }

        var stageTimes = new double[pipeline.Stages.Count];
        var annotate = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            for (var s = 0; s < pipeline.Stages.Count; s++)
            {
                var start = Stopwatch.GetTimestamp();
                pipeline.Stages[s].Annotate(document);
                stageTimes[s] += Stopwatch.GetElapsedTime(start).TotalSeconds;
            }
        }

        annotate.Stop();
        var seconds = annotate.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("per-document pipeline, one thread (warm):");
        Console.WriteLine(string.Create(inv, $"  {documents.Count / seconds,10:0.0} documents/s  {bytes / 1e6 / seconds,8:0.00} MB/s  {words / seconds,12:N0} words/s  ({seconds:0.00} s)"));
        for (var s = 0; s < pipeline.Stages.Count; s++)
        {
            Console.WriteLine(string.Create(inv, $"  stage {pipeline.Stages[s].Name,-12} {stageTimes[s]:0.000} s  {100 * stageTimes[s] / seconds,5:0.0}%  {bytes / 1e6 / stageTimes[s],9:0.00} MB/s"));
        }

        ReportSyntax(documents, bytes);

        var folder = Path.Combine(Path.GetTempPath(), "triangulate-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var store = Stopwatch.StartNew();
            using var workspace = CaseWorkspace.Open(folder);
            var sequence = 0L;
            foreach (var document in documents)
            {
                workspace.Store.Add(document);
            }

            store.Stop();
            Console.WriteLine();
            Console.WriteLine(string.Create(inv, $"store (SQLite, one transaction per document): {documents.Count / store.Elapsed.TotalSeconds:0.0} documents/s ({store.Elapsed.TotalSeconds:0.00} s)"));

            // Resolution sees what the store gives back (no token layers): the documents themselves are let go, so
            // the heap the resolver works in is its own, as in `add`.
            var annotated = documents.Select(d => CaseWorkspace.ToAnnotated(d, ++sequence)).ToList();
            var count = documentCount;
            documents.Clear();
            GC.Collect();
            var resolver = new CaseResolver();
            var perDocument = new double[count];
            var resolve = Stopwatch.StartNew();
            for (var i = 0; i < annotated.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                resolver.Add(annotated[i]);
                perDocument[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var snapshot = resolver.Snapshot();
            resolve.Stop();
            Console.WriteLine(string.Create(inv, $"resolution across documents: {count / resolve.Elapsed.TotalSeconds:0.0} documents/s ({resolve.Elapsed.TotalSeconds:0.00} s): {snapshot.Entities.Count} entities, {snapshot.Clusters.Count} clusters, {snapshot.Contradictions.Count} contradictions"));
            var early = ReportGrowth(perDocument, 21);
            var late = ReportGrowth(perDocument, 2001);
            if (early > 0 && late > 0)
            {
                Console.WriteLine(string.Create(inv, $"  cost of document #2001 / cost of document #21 (different documents): {late / early:0.00}"));
            }

            // The growth tests are not part of the corpus's end-to-end time.
            total.Stop();
            CompareSameDocuments(annotated);
            CompareStoredAdds(workspace.Store);
            if (server is not null)
            {
                CompareStoredAdds(workspace.Store, server);
            }
        }
        finally
        {
            SqliteConnectionCleanup();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left behind in the temp folder; harmless.
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"end to end (read, annotate, store, resolve; growth tests excluded): {documentCount / total.Elapsed.TotalSeconds:0.0} documents/s, {bytes / 1e6 / total.Elapsed.TotalSeconds:0.00} MB/s, {words / total.Elapsed.TotalSeconds:N0} words/s ({total.Elapsed.TotalSeconds:0.00} s)"));
        Console.WriteLine(string.Create(inv, $"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        return 0;
    }

    /// <summary>
    /// The growth test without the documents' own differences: the same probe documents (every nth of the corpus) are
    /// added each to a fresh case of 20 other documents, and one after another to a case of 2,000; the cost of each
    /// probe in the large case is divided by its cost in the small one, and the median of those ratios reported.
    /// </summary>
    private static void CompareSameDocuments(List<AnnotatedDocument> documents)
    {
        if (documents.Count < Large + Probes)
        {
            return;
        }

        var (probes, others, step) = SplitProbes(documents);
        var small = probes.Select(p => AddProbes(others.Take(Small), [p])[0]).ToList();
        var large = AddProbes(others.Take(Large), probes);
        var ratios = small.Zip(large, (s, l) => l.Ms / s.Ms).ToList();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"  the same {Probes} documents (every {step}), each added as #{Small + 1} to a case of {Small}: {Median(small.Select(x => x.Ms)):0.000} ms (median), {small.Average(x => x.Work):0} work units ({small.Average(x => x.EntityWork):0} on entities)"));
        Console.WriteLine(string.Create(inv, $"  and added as #{Large + 1}-#{Large + Probes}: {Median(large.Select(x => x.Ms)):0.000} ms (median), {large.Average(x => x.Work):0} work units ({large.Average(x => x.EntityWork):0} on entities)"));
        Console.WriteLine(string.Create(inv, $"  cost of a document at #{Large + 1} / at #{Small + 1}, same documents: time {Median(ratios):0.00} (median of the {Probes} ratios; total {large.Sum(x => x.Ms) / small.Sum(x => x.Ms):0.00}), work {large.Sum(x => x.Work) / (double)small.Sum(x => x.Work):0.00}"));
    }

    private const int Probes = 100;
    private const int Small = 20;
    private const int Large = 2000;

    /// <summary>The probe documents (every nth of the corpus) and the others, in corpus order.</summary>
    private static (List<T> Probes, List<T> Others, int Step) SplitProbes<T>(IReadOnlyList<T> documents)
    {
        var step = documents.Count / Probes;
        var probe = Enumerable.Range(0, Probes).Select(i => i * step).ToHashSet();
        return (probe.Order().Select(i => documents[i]).ToList(), documents.Where((_, i) => !probe.Contains(i)).ToList(), step);
    }

    private static List<(double Ms, long Work, long EntityWork)> AddProbes(IEnumerable<AnnotatedDocument> basis, List<AnnotatedDocument> probes)
    {
        var resolver = new CaseResolver();
        var sequence = 0L;
        foreach (var document in basis)
        {
            resolver.Add(document with { Sequence = ++sequence });
        }

        var result = new List<(double, long, long)>();
        foreach (var document in probes)
        {
            var annotated = document with { Sequence = ++sequence };
            var start = Stopwatch.GetTimestamp();
            resolver.Add(annotated);
            result.Add((Stopwatch.GetElapsedTime(start).TotalMilliseconds, resolver.LastAddWork, resolver.LastAddEntityWork));
        }

        return result;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }

    private static double ReportGrowth(double[] perDocument, int nth)
    {
        // The cost of adding the nth document: the median over the 20 documents around it, robust to a GC pause.
        if (perDocument.Length < nth + 9)
        {
            return 0;
        }

        var median = Median(perDocument.Skip(Math.Max(0, nth - 11)).Take(20));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  adding document #{nth}: {median:0.000} ms (median of documents {nth - 10}-{nth + 9})"));
        return median;
    }

    private static long CountWords(string text)
    {
        long count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    private static void SqliteConnectionCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
