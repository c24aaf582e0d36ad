namespace Triangulate.Core.Coreference.Training;

/// <summary>
/// Trains the mention-ranking model with an averaged perceptron (latent antecedents, as in Fernandes et al. 2012 and
/// Durrett and Klein 2013): for each mention the best-scoring correct choice (an earlier mention of the same gold
/// entity, or "new" when there is none) is compared with the best choice under a cost-augmented score, and when
/// the latter is wrong the weights move toward the former. The costs make a false link dearer than a missed one,
/// as precision matters more here: a false "new" costs <see cref="FalseNewCost"/>, linking a mention that starts
/// an entity <see cref="FalseLinkCost"/>, a link to the wrong entity <see cref="WrongLinkCost"/>.
/// </summary>
public sealed class CorefTrainer
{
    /// <summary>Passes over the training documents.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Shuffle seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Cost of choosing "new" for a mention with an antecedent.</summary>
    public float FalseNewCost { get; init; } = 0.8f;

    /// <summary>Cost of linking a mention that has no antecedent.</summary>
    public float FalseLinkCost { get; init; } = 0.4f;

    /// <summary>Cost of linking to a mention of another entity.</summary>
    public float WrongLinkCost { get; init; } = 1f;

    /// <summary>Progress lines.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Trains on <paramref name="examples"/>; <paramref name="afterEpoch"/> sees the averaged model after each pass.</summary>
    public CorefModel Train(IReadOnlyList<CorefExample> examples, Action<int, CorefModel>? afterEpoch = null)
    {
        var size = 1 << CorefModel.Bits;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var clock = 1;
        var random = new Random(Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var candidates = new List<int>();
        var features = new List<ulong>();
        var goldFeatures = new List<ulong>();
        var heads = new HashSet<ulong>();
        var words = new HashSet<ulong>();
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, decisions = 0;
            foreach (var d in order)
            {
                var (mentions, gold) = (examples[d].Mentions, examples[d].Gold);
                heads.Clear();
                words.Clear();
                var finder = new CandidateFinder(mentions);
                for (var j = 0; j < mentions.Count; j++)
                {
                    var m = mentions[j];
                    finder.For(j, candidates);
                    var hasGold = gold[j] >= 0 && candidates.Exists(i => gold[i] == gold[j]);
                    bool headSeen = heads.Contains(m.HeadHash), wordsSeen = words.Contains(m.WordsHash);
                    heads.Add(m.HeadHash);
                    words.Add(m.WordsHash);

                    // The best correct choice and the best choice under the cost-augmented score.
                    CorefFeatures.New(m, headSeen, wordsSeen, features);
                    var newScore = CorefModel.Score(features, weights);
                    int bestGold = -1, predicted = -1;
                    var goldScore = hasGold ? float.NegativeInfinity : newScore;
                    var predictedScore = newScore + (hasGold ? FalseNewCost : 0f);
                    foreach (var i in candidates)
                    {
                        CorefFeatures.Pair(mentions[i], m, features);
                        var score = CorefModel.Score(features, weights);
                        var correct = gold[j] >= 0 && gold[i] == gold[j];
                        if (correct && score > goldScore)
                        {
                            (goldScore, bestGold) = (score, i);
                        }

                        var augmented = score + (correct ? 0f : hasGold ? WrongLinkCost : FalseLinkCost);
                        if (augmented > predictedScore)
                        {
                            (predictedScore, predicted) = (augmented, i);
                        }
                    }

                    decisions++;
                    var predictedCorrect = predicted < 0 ? !hasGold : gold[j] >= 0 && gold[predicted] == gold[j];
                    if (predictedCorrect)
                    {
                        continue;
                    }

                    errors++;
                    clock++;
                    Features(mentions, bestGold, m, headSeen, wordsSeen, goldFeatures);
                    Features(mentions, predicted, m, headSeen, wordsSeen, features);
                    foreach (var f in goldFeatures)
                    {
                        Update((int)(f & CorefModel.Mask), 1f, weights, totals, stamps, clock);
                    }

                    foreach (var f in features)
                    {
                        Update((int)(f & CorefModel.Mask), -1f, weights, totals, stamps, clock);
                    }
                }
            }

            Log?.Invoke($"  epoch {epoch}: {errors} of {decisions} choices wrong");
            afterEpoch?.Invoke(epoch, new CorefModel(Average(weights, totals, stamps, clock), CorefWords.Default));
        }

        return new CorefModel(Average(weights, totals, stamps, clock), CorefWords.Default);
    }

    private static void Features(List<CorefMention> mentions, int antecedent, CorefMention m, bool headSeen, bool wordsSeen, List<ulong> into)
    {
        if (antecedent < 0)
        {
            CorefFeatures.New(m, headSeen, wordsSeen, into);
        }
        else
        {
            CorefFeatures.Pair(mentions[antecedent], m, into);
        }
    }

    // Lazy averaging: a slot's running total catches up with the clock only when the slot changes.
    private static void Update(int slot, float delta, float[] weights, double[] totals, int[] stamps, int clock)
    {
        totals[slot] += (double)(clock - stamps[slot]) * weights[slot];
        stamps[slot] = clock;
        weights[slot] += delta;
    }

    private static float[] Average(float[] weights, double[] totals, int[] stamps, int clock)
    {
        var average = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var total = totals[i] + ((double)(clock - stamps[i]) * weights[i]);
            average[i] = (float)(total / clock);
        }

        return average;
    }
}
