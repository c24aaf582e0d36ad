using BenchmarkDotNet.Attributes;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Speed of the entity stage on one core: the recogniser alone (tokens per second = tokens / mean time) and the whole
/// entity stage (recogniser, typing, resolution). The text is the first 300 BBC articles of
/// <c>../shared/data/news/bbc</c> when that folder exists (real text: the weight table does not stay in the cache),
/// else news-like prose written for the benchmark, repeated to about 20,000 tokens (faster, as it stays cached).
/// </summary>
[MemoryDiagnoser]
public class EntityTaggingBenchmarks
{
    private const string Paragraph =
        "Brigadier General Marta Kovalenko of the Eastmark Republican Guard Corps (ERGC) said on Monday that the army " +
        "had ordered 40 Zorya-12 drones from a plant near Harvik, The Washington Post reported. The publication cited " +
        "two officials in Paris and Berlin. Prime Minister Daniel Okafor denied the report, telling Reuters that no " +
        "contract had been signed with the Norvik Aerospace Corporation. Kovalenko, 52, declined to comment. French " +
        "and German diplomats met in Geneva on Tuesday to discuss sanctions, the European Commission said in a " +
        "statement, adding that the ERGC was already under scrutiny after deliveries of T-72 tanks last year.\n";

    private readonly EntityAnnotator _annotator = new();
    private readonly NerTagger _tagger = new(NerModel.Default);
    private Document _document = null!;
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private byte[] _labels = [];

    /// <summary>Tokens in the benchmark text.</summary>
    public int TokenCount => _tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        var bbc = FindCorpus();
        var text = bbc is null
            ? string.Concat(Enumerable.Repeat(Paragraph, 200))
            : string.Join("\n\n", Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(300)
                .Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1)));
        _document = new Document(text, new DocumentMetadata("benchmark.txt"));
        new TokenAnnotator().Annotate(_document);
        _tokens = [.. _document.Get<Token>()];
        _sentences = [.. _document.Get<Sentence>()];
        _labels = new byte[_tokens.Length];
        Console.WriteLine($"// benchmark text ({(bbc is null ? "built-in paragraph" : "BBC")}): {text.Length} characters, {_tokens.Length} tokens, {_sentences.Length} sentences");
    }

    private static string? FindCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Triangulate.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "data", "news", "bbc");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The recogniser alone: features, scores, greedy decoding.</summary>
    [Benchmark(Baseline = true)]
    public int Tagger()
    {
        var history = new NerHistory();
        foreach (var s in _sentences)
        {
            _tagger.Tag(_document.Text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _labels.AsSpan(s.FirstToken, s.TokenCount), history);
        }

        return _labels[^1];
    }

    /// <summary>The whole entity stage on a document that already has tokens and sentences.</summary>
    [Benchmark]
    public int EntityStage()
    {
        _annotator.Annotate(_document);
        return _document.Get<EntityMention>().Count;
    }
}
