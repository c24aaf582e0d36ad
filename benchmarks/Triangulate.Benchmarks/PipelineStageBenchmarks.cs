using BenchmarkDotNet.Attributes;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Each stage of the default pipeline on the same documents (200 BBC articles when ../shared is present, else the
/// demo case), the earlier stages run in setup so each benchmark times one stage alone. Divide the corpus size
/// printed in the setup by the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class PipelineStageBenchmarks
{
    private AnnotationPipeline _pipeline = null!;
    private List<Document> _prepared = null!;
    private IAnnotator _stage = null!;

    /// <summary>The stage to time, by name.</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "tokens";

    /// <summary>The names of the default stages.</summary>
    public static IEnumerable<string> StageNames() => DefaultPipeline.Create().Stages.Select(s => s.Name);

    /// <summary>Annotates the corpus with every stage before the one timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = DefaultPipeline.Create();
        var index = _pipeline.Stages.ToList().FindIndex(s => s.Name == Stage);
        _stage = _pipeline.Stages[index];
        _prepared = BenchmarkCorpus.Load(200).Select(text =>
        {
            var doc = new Document(text, new DocumentMetadata("bench.txt"));
            foreach (var earlier in _pipeline.Stages.Take(index))
            {
                earlier.Annotate(doc);
            }

            return doc;
        }).ToList();
        Console.WriteLine($"// corpus: {_prepared.Count} documents, {_prepared.Sum(d => d.Text.Length) / 1e6:0.000} M characters");
    }

    /// <summary>One stage over the corpus.</summary>
    [Benchmark]
    public void Annotate()
    {
        foreach (var doc in _prepared)
        {
            _stage.Annotate(doc);
        }
    }
}

/// <summary>The tokenizer and sentence splitter alone.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private List<string> _texts = null!;

    /// <summary>Loads the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _texts = BenchmarkCorpus.Load(200);

    /// <summary>Tokens and sentences of every text.</summary>
    [Benchmark]
    public int Split()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            tokens += Tokenizer.Default.Split(text).Tokens.Count;
        }

        return tokens;
    }
}

/// <summary>The texts benchmarks run on.</summary>
internal static class BenchmarkCorpus
{
    /// <summary>A corpus of <c>../shared/data/news</c>, or null when ../shared is absent.</summary>
    public static string? Folder(string name)
    {
        var folder = Path.Combine(Root, "..", "shared", "data", "news", name);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Triangulate.slnx not found");
        }
    }

    public static List<string> Load(int count)
    {
        var folder = Folder("bbc") ?? Path.Combine(Root, "samples", "demo");
        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Take(count)
            .Select(f => File.ReadAllText(f))
            .ToList();
    }
}
