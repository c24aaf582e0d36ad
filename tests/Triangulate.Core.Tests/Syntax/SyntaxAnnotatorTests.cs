using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Syntax.Training;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Syntax;

public sealed class SyntaxAnnotatorTests
{
    private static readonly AnnotationPipeline Pipeline =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Build();

    /// <summary>Two trees written for the trainer tests, in CoNLL-U: a report with its clausal complement, and a denial.</summary>
    private const string TwoTrees = """
        1	Officials	official	NOUN	_	_	2	nsubj	_	_
        2	said	say	VERB	_	_	0	root	_	_
        3	prices	price	NOUN	_	_	4	nsubj	_	_
        4	rose	rise	VERB	_	_	2	ccomp	_	_
        5	.	.	PUNCT	_	_	2	punct	_	_

        1	The	the	DET	_	_	2	det	_	_
        2	minister	minister	NOUN	_	_	3	nsubj	_	_
        3	denied	deny	VERB	_	_	0	root	_	_
        4	it	it	PRON	_	_	3	obj	_	_
        5	.	.	PUNCT	_	_	3	punct	_	_

        """;

    [Fact]
    public void Every_sentence_of_the_demo_is_one_tree_over_its_own_tokens()
    {
        // Given the project's own demo reports
        var folder = Path.Combine(RepositoryRoot(), "samples", "demo");
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
        {
            var document = new Document(File.ReadAllText(file), new DocumentMetadata(Path.GetFileName(file)));

            // When the syntax stage runs
            Pipeline.Run(document);
            var syntax = document.Get<TokenSyntax>();

            // Then every token has syntax, and each sentence has one root, heads inside it and no cycle
            Assert.Equal(document.Get<Token>().Count, syntax.Count);
            foreach (var sentence in document.Get<Sentence>())
            {
                var range = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).ToList();
                Assert.Single(range, t => syntax[t].Head < 0);
                Assert.All(range, t => Assert.True(syntax[t].Head < 0 || (syntax[t].Head >= sentence.FirstToken && syntax[t].Head < sentence.FirstToken + sentence.TokenCount)));
                Assert.All(range, t =>
                {
                    var steps = 0;
                    for (var x = t; x >= 0 && steps <= sentence.TokenCount; x = syntax[x].Head)
                    {
                        steps++;
                    }

                    Assert.True(steps <= sentence.TokenCount, $"cycle through token {t} of {file}");
                });
                Assert.All(range, t => Assert.False(string.IsNullOrEmpty(syntax[t].Lemma)));
            }
        }
    }

    [Fact]
    public void A_saved_model_loads_and_analyses_alike()
    {
        // Given the built-in model, saved and loaded again
        using var stream = new MemoryStream();
        SyntaxModel.Default.Save(stream);
        stream.Position = 0;
        var loaded = SyntaxModel.Load(stream);
        string[] words = ["The", "agency", "said", "the", "talks", "had", "failed", "."];

        // When both analyse one sentence
        var a = SyntaxModel.Default.CreateAnalyzer().Analyze(words);
        var b = loaded.CreateAnalyzer().Analyze(words);

        // Then they agree on every tag, head, relation and lemma
        Assert.Equal(a.Tags, b.Tags);
        Assert.Equal(a.Heads, b.Heads);
        Assert.Equal(a.Relations, b.Relations);
        Assert.Equal(a.Lemmas, b.Lemmas);
    }

    [Fact]
    public void The_trainer_learns_a_small_treebank()
    {
        // Given a few trees written for the test, in CoNLL-U
        var treebank = ConlluReader.Read(new StringReader(TwoTrees), "test").ToList();
        var trainer = new SyntaxTrainer { TaggerEpochs = 5, ParserEpochs = 5, Folds = 1, FineClusters = 0, MinimumCount = 1 };

        // When a model is trained on them
        var model = trainer.Train(treebank, []);
        var analyzer = model.CreateAnalyzer();

        // Then it gives each training sentence back its tags, tree and lemmas
        foreach (var sentence in treebank)
        {
            var result = analyzer.Analyze(sentence.Forms);
            Assert.Equal(sentence.Tags, result.Tags);
            Assert.Equal(sentence.Heads, result.Heads);
            Assert.Equal(sentence.Relations, result.Relations);
            Assert.Equal(sentence.Lemmas, result.Lemmas);
        }
    }

    [Fact]
    public void The_trainer_learns_a_small_treebank_with_a_beam()
    {
        // Given a few trees written for the test, one of them with a subject the parser must wait for
        const string waiting = """
            1	Prices	price	NOUN	_	_	4	nsubj	_	_
            2	,	,	PUNCT	_	_	3	punct	_	_
            3	officials	official	NOUN	_	_	4	nsubj	_	_
            4	said	say	VERB	_	_	0	root	_	_
            5	.	.	PUNCT	_	_	4	punct	_	_

            """;
        var treebank = ConlluReader.Read(new StringReader(TwoTrees + "\n" + waiting), "test").ToList();
        var trainer = new SyntaxTrainer { TaggerEpochs = 5, ParserEpochs = 8, Folds = 1, FineClusters = 0, MinimumCount = 1, BeamWidth = 4, BeamAndGreedy = true };

        // When a model is trained on them with a beam of four from the first pass, and greedily beside it
        var model = trainer.Train(treebank, []);
        var analyzer = model.CreateAnalyzer();
        var greedy = model.WithBeam(1).CreateAnalyzer();

        // Then it parses with that beam, also once saved and loaded, and gives each training sentence back its tree, greedily too
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        Assert.Equal(4, model.Beam);
        Assert.Equal(4, SyntaxModel.Load(file).Beam);
        foreach (var sentence in treebank)
        {
            var result = analyzer.Analyze(sentence.Forms);
            Assert.Equal(sentence.Heads, result.Heads);
            Assert.Equal(sentence.Relations, result.Relations);
            Assert.Equal(sentence.Heads, greedy.Analyze(sentence.Forms).Heads);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Triangulate.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
