namespace Triangulate.Core.Syntax.Training;

public sealed partial class SyntaxTrainer
{
    private (SparseWeights Transitions, SparseWeights Labels) TrainParser(
        IReadOnlyList<TreebankSentence> sentences,
        UniversalPos[][] tags,
        string[] relations,
        WordFeatures words,
        int seed,
        Action<ParserEpoch> afterEpoch)
    {
        var relationIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var transitions = new AveragedPerceptron(ParserState.Transitions) { MinimumCount = MinimumCount };
        var labels = new AveragedPerceptron(relations.Length) { MinimumCount = MinimumCount };
        var state = new ParserState();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[Math.Max(ParserFeatures.Max, LabelFeatures.Max)];
        var scores = new float[ParserState.Transitions];
        var labelScores = new float[relations.Length];
        var costs = new int[ParserState.Transitions];
        for (var epoch = 1; epoch <= ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var count = sentence.Count;
                var goldHeads = sentence.Heads.Select(h => h < 0 ? count : h).ToArray();
                var goldLabels = sentence.Relations.Select(r => relationIndex[r]).ToArray();
                Load(words, sentence);
                state.Reset(count);
                while (!state.IsTerminal)
                {
                    Array.Clear(scores);
                    var n = ParserFeatures.Extract(state, words, tags[index], features);
                    if (epoch == 1)
                    {
                        transitions.Count(features.AsSpan(0, n));
                    }

                    transitions.Score(features.AsSpan(0, n), scores);
                    var guess = DependencyParser.BestValid(scores, state);
                    ArcHybridOracle.Costs(state, goldHeads, costs);
                    var best = BestOfLeastCost(scores, costs, state);
                    var next = guess;
                    if (costs[guess] > costs[best])
                    {
                        errors++;
                        transitions.Update(features.AsSpan(0, n), best, guess);
                        next = epoch > 1 && random.NextDouble() < Explore ? guess : best;
                    }

                    transitions.Tick();
                    var label = 0;
                    if (next != ParserState.Shift)
                    {
                        // The relation is learnt on every arc the parser makes whose head is right.
                        var dependent = state.Stack(0);
                        var head = state.HeadFor(next == ParserState.Left);
                        Array.Clear(labelScores);
                        n = LabelFeatures.Extract(state, words, tags[index], head, dependent, features);
                        if (epoch == 1)
                        {
                            labels.Count(features.AsSpan(0, n));
                        }

                        labels.Score(features.AsSpan(0, n), labelScores);
                        label = PosTagger.ArgMax(labelScores);
                        if (goldHeads[dependent] == head)
                        {
                            labels.Update(features.AsSpan(0, n), goldLabels[dependent], label);
                            labels.Tick();
                        }
                    }

                    state.Apply(next, label);
                }
            }

            afterEpoch(new ParserEpoch(epoch, errors, transitions, labels));
        }

        return (transitions.Average(), labels.Average());
    }

    // The best-scoring valid transition among those that lose the fewest gold arcs.
    private static int BestOfLeastCost(float[] scores, int[] costs, ParserState state)
    {
        var best = -1;
        for (var t = 0; t < ParserState.Transitions; t++)
        {
            if (state.CanApply(t) && (best < 0 || costs[t] < costs[best] || (costs[t] == costs[best] && scores[t] > scores[best])))
            {
                best = t;
            }
        }

        return best;
    }

    private sealed record ParserEpoch(int Number, int Errors, AveragedPerceptron Transitions, AveragedPerceptron Labels);
}
