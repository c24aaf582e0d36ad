using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Per-stage cost of the default pipeline on a corpus, in CPU time of the annotating thread (Linux
/// <c>CLOCK_THREAD_CPUTIME_ID</c>), which a shared, loaded machine disturbs far less than wall time: a warm-up pass
/// over the whole corpus, then several timed passes, keeping each stage's fastest pass.
/// </summary>
public static partial class StageTimes
{
    private const int ThreadCpuClock = 3;

    public static void Run(string folder, int passes)
    {
        var texts = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.Latin1)).ToArray();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var pipeline = DefaultPipeline.Create();
        var stages = pipeline.Stages;
        var best = Enumerable.Repeat(double.MaxValue, stages.Count + 1).ToArray();
        long tokens = 0;
        for (var pass = 0; pass <= passes; pass++)
        {
            var times = new double[stages.Count];
            var wall = Stopwatch.StartNew();
            tokens = 0;
            foreach (var text in texts)
            {
                var document = new Document(text, new DocumentMetadata("bench.txt"));
                for (var s = 0; s < stages.Count; s++)
                {
                    var start = ThreadCpuSeconds();
                    stages[s].Annotate(document);
                    times[s] += ThreadCpuSeconds() - start;
                }

                tokens += document.Get<Token>().Count;
            }

            var total = times.Sum();
            Console.WriteLine($"pass {pass}{(pass == 0 ? " (warm-up)" : "")}: {total:0.000} s CPU, {wall.Elapsed.TotalSeconds:0.000} s wall, " +
                string.Join(", ", stages.Select((st, i) => $"{st.Name} {times[i]:0.000}")));
            if (pass > 0)
            {
                for (var s = 0; s < stages.Count; s++)
                {
                    best[s] = Math.Min(best[s], times[s]);
                }

                best[^1] = Math.Min(best[^1], total);
            }
        }

        Console.WriteLine($"{texts.Length} documents, {bytes / 1e6:0.00} MB, {tokens} tokens; fastest pass of each, CPU time of the thread:");
        for (var s = 0; s < stages.Count; s++)
        {
            Console.WriteLine($"  {stages[s].Name,-12} {best[s]:0.000} s  {100 * best[s] / best[^1],5:0.0}%  {bytes / 1e6 / best[s],8:0.00} MB/s  {tokens / best[s] / 1e3,8:0} k tokens/s");
        }

        Console.WriteLine($"  {"total",-12} {best[^1]:0.000} s         {bytes / 1e6 / best[^1],8:0.00} MB/s  {tokens / best[^1] / 1e3,8:0} k tokens/s");
    }

    private static double ThreadCpuSeconds()
    {
        ClockGetTime(ThreadCpuClock, out var t);
        return t.Seconds + (t.Nanoseconds * 1e-9);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
