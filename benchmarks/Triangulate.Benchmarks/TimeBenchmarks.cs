using System.Text;
using BenchmarkDotNet.Attributes;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Benchmarks;

/// <summary>
/// The time and amount stages on BBC News articles from ../shared/data/news/bbc (every fifth article, about 1 MB),
/// against the token stage alone, so their share of the per-document cost can be read off. Throughput in MB/s is
/// <see cref="Megabytes"/> divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private string[] _texts = [];
    private AnnotationPipeline _tokens = null!;
    private AnnotationPipeline _times = null!;
    private AnnotationPipeline _timesAndAmounts = null!;

    /// <summary>UTF-8 megabytes (10^6 bytes) of text in one operation.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = FindBbc() ?? throw new InvalidOperationException("../shared/data/news/bbc not found");
        _texts = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 5 == 0)
            .Select(Read)
            .ToArray();
        Megabytes = _texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1e6;
        Console.WriteLine($"// {_texts.Length} articles, {Megabytes:F2} MB per operation");
        _tokens = new PipelineBuilder().Add(new TokenAnnotator()).Build();
        _times = new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Build();
        _timesAndAmounts = new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Add(new QuantityAnnotator()).Build();
    }

    [Benchmark(Baseline = true)]
    public int Tokens() => Run(_tokens);

    [Benchmark]
    public int TokensAndTimes() => Run(_times);

    [Benchmark]
    public int TokensTimesAndAmounts() => Run(_timesAndAmounts);

    private int Run(AnnotationPipeline pipeline)
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var document = pipeline.Run(new Document(text, new DocumentMetadata("bench")));
            count += document.Get<Token>().Count;
        }

        return count;
    }

    /// <summary>UTF-8, or Latin-1 for the one BBC article that is not valid UTF-8.</summary>
    private static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string? FindBbc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        var path = dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data", "news", "bbc");
        return path is not null && Directory.Exists(path) ? path : null;
    }
}
