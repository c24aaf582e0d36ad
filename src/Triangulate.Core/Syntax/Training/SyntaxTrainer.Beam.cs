namespace Triangulate.Core.Syntax.Training;

public sealed partial class SyntaxTrainer
{
    /// <summary>Configurations the parser keeps at each step in training from <see cref="BeamFrom"/> on (1: greedy throughout).</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>The first pass trained with the beam (the passes before it train greedily, with the dynamic oracle).</summary>
    public int BeamFrom { get; init; } = 1;

    /// <summary>Whether the passes with the beam also train greedily, so that one model parses well both ways.</summary>
    public bool BeamAndGreedy { get; init; }

    // Global training with the beam, max-violation updates (Huang, Fayong and Guo 2012): the gold path (the best-scoring
    // of the transitions that lose the fewest gold arcs, so that a non-projective tree still has one) and the beam
    // advance together; at the step where the beam's best item beats the gold path by most, the weights move towards
    // the gold path's transitions up to that step and away from the best item's. Returns 1 when it updated.
    private static int TrainBeam(ParserPass pass, WordFeatures words, UniversalPos[] tags, GoldTree gold, bool count)
    {
        var (transitions, state, features, scores, costs, beam) = (pass.Transitions, pass.State, pass.Features, pass.Scores, pass.Costs, pass.Beam);
        var steps = 2 * words.Count;
        var path = new (int Transition, int Label)[steps];
        var goldScores = new float[steps + 1];
        state.Reset(words.Count);
        beam.Reset(words.Count);
        var violation = float.NegativeInfinity;
        var at = -1;
        Span<float> beamScores = stackalloc float[8];
        Span<float> labelScores = stackalloc float[pass.LabelScores.Length];
        for (var step = 0; step < steps; step++)
        {
            int next;
            var score = 0f;
            if (!state.CanLeft && !state.CanRight)
            {
                next = ParserState.Shift;
            }
            else if (!state.CanShift && !state.CanLeft)
            {
                next = ParserState.Right;
            }
            else
            {
                Array.Clear(scores);
                var n = ParserFeatures.Extract(state, words, tags, features);
                if (count)
                {
                    transitions.Count(features.AsSpan(0, n));
                }

                transitions.Score(features.AsSpan(0, n), scores);
                ArcHybridOracle.Costs(state, gold.Heads, costs);
                next = BestOfLeastCost(scores, costs, state);
                score = scores[next];
            }

            goldScores[step + 1] = goldScores[step] + score;
            beam.Advance(transitions, pass.Labels, words, tags, features, beamScores, labelScores, next);
            var label = next == ParserState.Shift ? 0 : TrainLabel(pass, state, next, words, tags, gold, count);
            path[step] = (next, label);
            state.Apply(next, label);
            if (!beam.IsGold(0) && beam.Score(0) - goldScores[step + 1] >= violation)
            {
                violation = beam.Score(0) - goldScores[step + 1];
                at = step + 1;
            }
        }

        transitions.Tick(steps);
        if (at < 0 || violation < 0)
        {
            return 0;
        }

        var predicted = new (int Transition, int Label)[at];
        beam.History(at, 0, predicted);
        var first = 0;
        while (first < at && predicted[first] == path[first])
        {
            first++;
        }

        Replay(pass, words, tags, path.AsSpan(0, at), first, 1f);
        Replay(pass, words, tags, predicted, first, -1f);
        return 1;
    }

    // Moves the weights of the transitions of steps first..end of the path by delta (forced steps are never scored).
    private static void Replay(ParserPass pass, WordFeatures words, UniversalPos[] tags, ReadOnlySpan<(int Transition, int Label)> path, int first, float delta)
    {
        var state = pass.Other;
        state.Reset(words.Count);
        for (var step = 0; step < path.Length; step++)
        {
            var (transition, label) = path[step];
            if (step >= first && (state.CanLeft || state.CanRight) && (state.CanShift || state.CanLeft))
            {
                var n = ParserFeatures.Extract(state, words, tags, pass.Features);
                pass.Transitions.Add(pass.Features.AsSpan(0, n), transition, delta);
            }

            state.Apply(transition, label);
        }
    }
}
