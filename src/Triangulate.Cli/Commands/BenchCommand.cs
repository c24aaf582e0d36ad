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
internal static class BenchCommand
{
    public static Command Create()
    {
        var path = new Argument<string[]>("PATH") { Description = "Files or folders to ingest.", Arity = ArgumentArity.OneOrMore };
        var warmup = new Option<int>("--warmup") { Description = "Documents annotated untimed first, to warm the JIT (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("bench", "Measure end-to-end throughput on a corpus (temporary case; nothing is kept).") { path, warmup };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(warmup)));
        return command;
    }

    private static int Run(string[] paths, int warmup)
    {
        var inv = CultureInfo.InvariantCulture;
        var total = Stopwatch.StartNew();
        var files = DocumentReader.ExpandPaths(paths).ToList();
        var reader = new DocumentReader();
        var read = Stopwatch.StartNew();
        var documents = new List<Document>();
        var rejected = 0;
        foreach (var result in files.SelectMany(reader.ReadFile))
        {
            if (result is ReadResult.Read r)
            {
                documents.Add(r.Document);
            }
            else
            {
                rejected++;
                Console.Error.WriteLine($"rejected: {result}");
            }
        }

        read.Stop();
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("triangulate: nothing to benchmark: no document could be read.");
            return CliSupport.Failed;
        }

        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        long words = documents.Sum(d => CountWords(d.Text));
        Console.WriteLine(string.Create(inv, $"corpus: {documents.Count} documents from {files.Count} files ({rejected} rejected), {bytes / 1e6:0.00} MB, {words:N0} words; read in {read.Elapsed.TotalSeconds:0.00} s"));

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

            var resolver = new CaseResolver();
            var perDocument = new double[documents.Count];
            var resolve = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                var start = Stopwatch.GetTimestamp();
                resolver.Add(CaseWorkspace.ToAnnotated(document, ++sequence));
                perDocument[sequence - 1] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var snapshot = resolver.Snapshot();
            resolve.Stop();
            Console.WriteLine(string.Create(inv, $"resolution across documents: {documents.Count / resolve.Elapsed.TotalSeconds:0.0} documents/s ({resolve.Elapsed.TotalSeconds:0.00} s): {snapshot.Entities.Count} entities, {snapshot.Clusters.Count} clusters, {snapshot.Contradictions.Count} contradictions"));
            var early = ReportGrowth(perDocument, 21);
            var late = ReportGrowth(perDocument, 2001);
            if (early > 0 && late > 0)
            {
                Console.WriteLine(string.Create(inv, $"  cost of document #2001 / cost of document #21: {late / early:0.00}"));
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

        total.Stop();
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"end to end: {documents.Count / total.Elapsed.TotalSeconds:0.0} documents/s, {bytes / 1e6 / total.Elapsed.TotalSeconds:0.00} MB/s, {words / total.Elapsed.TotalSeconds:N0} words/s ({total.Elapsed.TotalSeconds:0.00} s)"));
        Console.WriteLine(string.Create(inv, $"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        return 0;
    }

    private static double ReportGrowth(double[] perDocument, int nth)
    {
        // The cost of adding the nth document: the median over the 20 documents around it, robust to a GC pause.
        if (perDocument.Length < nth + 9)
        {
            return 0;
        }

        var window = perDocument.Skip(Math.Max(0, nth - 11)).Take(20).Order().ToArray();
        var median = (window[9] + window[10]) / 2;
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
