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
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var pass = new ParserPass(transitions, labels, relations.Length, BeamWidth);
        for (var epoch = 1; epoch <= ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var beam = BeamWidth > 1 && epoch >= BeamFrom;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var count = sentence.Count;
                var gold = new GoldTree(
                    sentence.Heads.Select(h => h < 0 ? count : h).ToArray(),
                    sentence.Relations.Select(r => relationIndex[r]).ToArray());
                Load(words, sentence);
                if (beam)
                {
                    errors += TrainBeam(pass, words, tags[index], gold, epoch == 1);
                }

                if (!beam || BeamAndGreedy)
                {
                    errors += TrainGreedy(pass, words, tags[index], gold, epoch, random);
                }
            }

            afterEpoch(new ParserEpoch(epoch, errors, transitions, labels));
        }

        return (transitions.Average(), labels.Average());
    }

    private int TrainGreedy(ParserPass pass, WordFeatures words, UniversalPos[] tags, GoldTree gold, int epoch, Random random)
    {
        var (transitions, state, features, scores, costs) = (pass.Transitions, pass.State, pass.Features, pass.Scores, pass.Costs);
        var errors = 0;
        state.Reset(words.Count);
        while (!state.IsTerminal)
        {
            Array.Clear(scores);
            var n = ParserFeatures.Extract(state, words, tags, features);
            if (epoch == 1)
            {
                transitions.Count(features.AsSpan(0, n));
            }

            transitions.Score(features.AsSpan(0, n), scores);
            var guess = DependencyParser.BestValid(scores, state);
            ArcHybridOracle.Costs(state, gold.Heads, costs);
            var best = BestOfLeastCost(scores, costs, state);
            var next = guess;
            if (costs[guess] > costs[best])
            {
                errors++;
                transitions.Update(features.AsSpan(0, n), best, guess);
                next = epoch > 1 && random.NextDouble() < Explore ? guess : best;
            }

            transitions.Tick();
            var label = next == ParserState.Shift ? 0 : TrainLabel(pass, state, next, words, tags, gold, epoch == 1);
            state.Apply(next, label);
        }

        return errors;
    }

    // The relation is learnt on every arc the parser makes whose head is right; returns the relation it chose.
    private static int TrainLabel(ParserPass pass, ParserState state, int transition, WordFeatures words, UniversalPos[] tags, GoldTree gold, bool count)
    {
        var labels = pass.Labels;
        var features = pass.Features;
        var dependent = state.Stack(0);
        var head = state.HeadFor(transition == ParserState.Left);
        Array.Clear(pass.LabelScores);
        var n = LabelFeatures.Extract(state, words, tags, head, dependent, features);
        if (count)
        {
            labels.Count(features.AsSpan(0, n));
        }

        labels.Score(features.AsSpan(0, n), pass.LabelScores);
        var label = PosTagger.ArgMax(pass.LabelScores.AsSpan(0, labels.ClassCount));
        if (gold.Heads[dependent] == head)
        {
            labels.Update(features.AsSpan(0, n), gold.Labels[dependent], label);
            labels.Tick();
        }

        return label;
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

    private sealed record GoldTree(int[] Heads, int[] Labels);

    // The buffers of one training run.
    private sealed class ParserPass(AveragedPerceptron transitions, AveragedPerceptron labels, int relations, int beam)
    {
        public AveragedPerceptron Transitions { get; } = transitions;

        public AveragedPerceptron Labels { get; } = labels;

        public ParserState State { get; } = new();

        public ParserState Other { get; } = new();

        public BeamSearch Beam { get; } = new(Math.Max(beam, 1));

        public ulong[] Features { get; } = new ulong[Math.Max(ParserFeatures.Max, LabelFeatures.Max)];

        public float[] Scores { get; } = new float[8];

        public float[] LabelScores { get; } = new float[relations + 8];

        public int[] Costs { get; } = new int[ParserState.Transitions];
    }
}
