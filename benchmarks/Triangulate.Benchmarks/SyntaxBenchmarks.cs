using BenchmarkDotNet.Attributes;
using Triangulate.Core.Documents;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Speed of the syntax stage on one core (tagger, parser and lemmas): tokens per second = <see cref="TokenCount"/> /
/// mean time. The text is the first 300 BBC articles of <c>../shared/data/news/bbc</c> when that folder exists (real
/// text, so the model does not stay in the cache), else a paragraph written for the benchmark, repeated.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private const string Paragraph =
        "The ministry said on Tuesday that the convoy had crossed the border near the river, but officials in the " +
        "capital, speaking on condition of anonymity, denied that any weapons were on board. A spokesman for the " +
        "company told reporters it would not comment until the inquiry ended, and analysts expect prices to rise.\n";

    private readonly SyntaxAnnotator _annotator = new();
    private Document _document = null!;

    /// <summary>Tokens in the benchmark text.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var bbc = CorpusFolder.Bbc();
        var text = bbc is null
            ? string.Concat(Enumerable.Repeat(Paragraph, 300))
            : string.Join("\n\n", Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(300)
                .Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1)));
        _document = new Document(text, new DocumentMetadata("benchmark.txt"));
        new TokenAnnotator().Annotate(_document);
        TokenCount = _document.Get<Token>().Count;
        Console.WriteLine($"// benchmark text ({(bbc is null ? "built-in paragraph" : "BBC")}): {text.Length} characters, {TokenCount} tokens");
    }

    /// <summary>Tags, parses and lemmatises every sentence of the document.</summary>
    [Benchmark]
    public int SyntaxStage()
    {
        _annotator.Annotate(_document);
        return _document.Get<TokenSyntax>().Count;
    }
}
