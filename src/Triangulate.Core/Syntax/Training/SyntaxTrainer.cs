using System.Diagnostics;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax.Training;

/// <summary>
/// Trains a <see cref="SyntaxModel"/> from treebank sentences: word clusters from the training words and raw text,
/// the lemmatiser's rules, the tagger (an averaged perceptron, greedy, on its own predicted history), and the parser
/// (arc-hybrid, averaged perceptron, the dynamic oracle of Goldberg and Nivre with exploration). The parser trains on
/// tags predicted by taggers that did not see the sentence (jackknifing, <see cref="Folds"/> parts), so it learns to
/// live with the tagger's mistakes as it will at run time.
/// </summary>
public sealed partial class SyntaxTrainer
{
    /// <summary>Passes of the tagger over the training data.</summary>
    public int TaggerEpochs { get; init; } = 8;

    /// <summary>Passes of the parser over the training data.</summary>
    public int ParserEpochs { get; init; } = 15;

    /// <summary>Parts of the jackknife that gives the parser predicted tags (1: gold tags).</summary>
    public int Folds { get; init; } = 4;

    /// <summary>Fine word clusters to induce (0: none).</summary>
    public int FineClusters { get; init; } = 512;

    /// <summary>Coarse word clusters.</summary>
    public int CoarseClusters { get; init; } = 64;

    /// <summary>Probability of following the parser's own wrong transition in training (after the first pass).</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>How often a parser feature must occur in the first pass to get weights.</summary>
    public int MinimumCount { get; init; } = 2;

    /// <summary>Parser training runs (seeds Seed, Seed+1, ...) whose weights are averaged.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Shuffle seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Where progress goes.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Trains a model; <paramref name="afterEpoch"/> sees the parser's averaged model after each pass.</summary>
    public SyntaxModel Train(
        IReadOnlyList<TreebankSentence> train,
        IEnumerable<IReadOnlyList<string>> unlabeled,
        Action<int, SyntaxModel>? afterEpoch = null)
    {
        var clock = Stopwatch.StartNew();
        var relations = train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var clusters = FineClusters > 0
            ? WordClusters.Induce(train.Select(s => (IReadOnlyList<string>)s.Forms).Concat(unlabeled), FineClusters, CoarseClusters, minCount: 3, Seed, null)
            : [];
        var clusterMap = new HashMap64(clusters.Select(c => KeyValuePair.Create(c.Key, c.Value + 1)));
        Log?.Invoke($"{train.Count} sentences, {train.Sum(s => s.Count)} words, {relations.Length} relations, {clusters.Count} clustered words ({clock.Elapsed.TotalSeconds:0}s)");
        var lemmatizer = LemmatizerTrainer.Learn(train);
        var tagSets = TagSets(train);
        var tagSetMap = new HashMap64(tagSets);

        var predicted = new UniversalPos[train.Count][];
        if (Folds > 1)
        {
            Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
            {
                // Each part's tagger knows only its own words' tags, as the final tagger will not know new words'.
                var part = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).Select(i => train[i]).ToList();
                var partTagSets = new HashMap64(TagSets(part));
                var weights = TrainTagger(part, clusterMap, Seed + fold);
                var words = new WordFeatures(clusterMap, partTagSets);
                for (var i = fold; i < train.Count; i += Folds)
                {
                    predicted[i] = TagSentence(weights, words, train[i]);
                }
            });
            var right = predicted.Zip(train).Sum(p => p.First.Zip(p.Second.Tags).Count(t => t.First == t.Second));
            Log?.Invoke($"jackknifed tags: {(double)right / train.Sum(s => s.Count):0.0000} right ({clock.Elapsed.TotalSeconds:0}s)");
        }
        else
        {
            for (var i = 0; i < train.Count; i++)
            {
                predicted[i] = train[i].Tags;
            }
        }

        var tagger = TrainTagger(train, clusterMap, Seed);
        Log?.Invoke($"tagger: {tagger.FeatureCount} features ({clock.Elapsed.TotalSeconds:0}s)");
        var runs = new (SparseWeights Transitions, SparseWeights Labels)[Runs];
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, run =>
        {
            runs[run] = TrainParser(train, predicted, relations, new WordFeatures(clusterMap, tagSetMap), Seed + run, epoch =>
            {
                if (afterEpoch is not null && run == 0)
                {
                    afterEpoch(epoch.Number, new SyntaxModel(clusters, tagSets, tagger, epoch.Transitions.Average(), epoch.Labels.Average(), relations, lemmatizer, BeamWidth));
                }

                Log?.Invoke($"parser run {run + 1} epoch {epoch.Number}: {epoch.Errors} updates ({clock.Elapsed.TotalSeconds:0}s)");
            });
        });
        (SparseWeights Transitions, SparseWeights Labels) parser = Runs == 1
            ? runs[0]
            : (SparseWeights.Mean([.. runs.Select(r => r.Transitions)]), SparseWeights.Mean([.. runs.Select(r => r.Labels)]));
        return new SyntaxModel(clusters, tagSets, tagger, parser.Transitions, parser.Labels, relations, lemmatizer, BeamWidth);
    }

    // The tagger learns from tag sets that leave out the sentence's own part of the data (ten parts), so that it
    // learns how far to trust them for a word as the tags of new text will: a tag set built from all the training
    // data always holds a training word's right tag, and a tagger trained on it trusts it blindly.
    private SparseWeights TrainTagger(IReadOnlyList<TreebankSentence> sentences, HashMap64 clusters, int seed)
    {
        const int parts = 10;
        var perceptron = new AveragedPerceptron(UniversalPosTags.Count);
        var words = Enumerable.Range(0, parts)
            .Select(p => new WordFeatures(clusters, new HashMap64(TagSets(sentences.Where((_, i) => i % parts != p)))))
            .ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[UniversalPosTags.Count];
        for (var epoch = 0; epoch < TaggerEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var w = words[index % parts];
                Load(w, sentence);
                var history = new UniversalPos[sentence.Count];
                for (var i = 0; i < sentence.Count; i++)
                {
                    scores.Clear();
                    var n = TaggerFeatures.Extract(w, i, history, features);
                    perceptron.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    perceptron.Update(features[..n], (int)sentence.Tags[i], guess);
                    perceptron.Tick();
                    history[i] = (UniversalPos)guess;
                }
            }
        }

        return perceptron.Average();
    }

    // The tags each lower-cased word had, a bit per tag.
    private static Dictionary<ulong, int> TagSets(IEnumerable<TreebankSentence> sentences)
    {
        var sets = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var key = WordFeatures.LowerHash(s.Forms[i]);
                sets[key] = sets.GetValueOrDefault(key) | (1 << (int)s.Tags[i]);
            }
        }

        return sets;
    }

    private static UniversalPos[] TagSentence(IWeights weights, WordFeatures words, TreebankSentence sentence)
    {
        Load(words, sentence);
        var tags = new UniversalPos[sentence.Count];
        PosTagger.Tag(weights, words, tags);
        return tags;
    }

    private static void Load(WordFeatures words, TreebankSentence sentence)
    {
        words.Reset(sentence.Count);
        for (var i = 0; i < sentence.Count; i++)
        {
            words.Set(i, sentence.Forms[i]);
        }
    }
}
