using System.Diagnostics;
using System.Text;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// End-to-end throughput of the per-document pipeline on a corpus, one thread, warm: the tokens stage alone and the
/// default pipeline, so the cost of each added stage shows. MB = 10^6 bytes of UTF-8 text. CPU time is printed
/// beside wall time because on a shared machine the wall time includes time the thread was not running.
/// </summary>
public static class CorpusThroughput
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(f => File.ReadAllText(f, Encoding.Latin1)).ToArray();
        var pipelines = new (string Name, AnnotationPipeline Pipeline)[]
        {
            ("tokens", new PipelineBuilder().Add(new TokenAnnotator()).Build()),
            ("default pipeline", DefaultPipeline.Create()),
        };
        Console.WriteLine($"{files.Length} files; stages of the default pipeline: {string.Join(", ", pipelines[1].Pipeline.Stages.Select(s => s.Name))}");
        foreach (var (name, pipeline) in pipelines)
        {
            for (var i = 1; i < texts.Length; i += 2)
            {
                pipeline.Run(new Document(texts[i], new DocumentMetadata("warm-up")));
            }

            long bytes = 0, words = 0, mentions = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < texts.Length; i += 2)
            {
                var document = pipeline.Run(new Document(texts[i], new DocumentMetadata(files[i])));
                bytes += Encoding.UTF8.GetByteCount(texts[i]);
                words += document.Get<Token>().Count;
                mentions += document.GetOrEmpty<EntityMention>().Count;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(
                $"{name}: {bytes / 1e6:0.00} MB, {words} tokens in {seconds:0.000} s wall = {bytes / 1e6 / seconds:0.00} MB/s, " +
                $"{words / seconds / 1e3:0} k tokens/s; {cpu:0.000} s CPU = {bytes / 1e6 / cpu:0.00} MB/s; {mentions} entity mentions");
        }
    }
}
