namespace Triangulate.Core.Syntax;

/// <summary>
/// Greedy arc-hybrid parsing in two decisions per step: the transition (shift, left-arc, right-arc) from the
/// configuration's features, then, for an arc, its relation from the arc's features. Splitting the two keeps each
/// weight row short (three transitions rather than one per transition and relation), which is most of the speed.
/// </summary>
internal static class DependencyParser
{
    /// <summary>Parses the sentence in <paramref name="words"/> (tagged with <paramref name="tags"/>) into <paramref name="state"/>.</summary>
    public static void Parse(SparseWeights transitions, SparseWeights labels, ParserState state, WordFeatures words, ReadOnlySpan<UniversalPos> tags)
    {
        state.Reset(words.Count);
        Span<ulong> features = stackalloc ulong[Math.Max(ParserFeatures.Max, LabelFeatures.Max)];
        Span<float> scores = stackalloc float[transitions.ScoreLength];
        Span<float> labelScores = stackalloc float[labels.ScoreLength];
        while (!state.IsTerminal)
        {
            // Only SHIFT is possible while the stack holds just the root, and only RIGHT-ARC once the buffer is
            // empty: those steps need no scoring.
            int transition;
            int n;
            if (!state.CanLeft && !state.CanRight)
            {
                transition = ParserState.Shift;
            }
            else if (!state.CanShift && !state.CanLeft)
            {
                transition = ParserState.Right;
            }
            else
            {
                scores.Clear();
                n = ParserFeatures.Extract(state, words, tags, features);
                transitions.Score(features[..n], scores);
                transition = BestValid(scores, state);
            }

            var label = 0;
            if (transition != ParserState.Shift)
            {
                labelScores.Clear();
                var dependent = state.Stack(0);
                n = LabelFeatures.Extract(state, words, tags, state.HeadFor(transition == ParserState.Left), dependent, features);
                labels.Score(features[..n], labelScores);
                label = PosTagger.ArgMax(labelScores[..labels.ClassCount]);
            }

            state.Apply(transition, label);
        }
    }

    /// <summary>Parses with a beam (see <see cref="BeamSearch"/>); the parse is <paramref name="beam"/>'s best item.</summary>
    public static void Parse(SparseWeights transitions, SparseWeights labels, BeamSearch beam, WordFeatures words, ReadOnlySpan<UniversalPos> tags)
    {
        beam.Reset(words.Count);
        Span<ulong> features = stackalloc ulong[Math.Max(ParserFeatures.Max, LabelFeatures.Max)];
        Span<float> scores = stackalloc float[transitions.ScoreLength];
        Span<float> labelScores = stackalloc float[labels.ScoreLength];
        while (!beam.IsTerminal)
        {
            beam.Advance(transitions, labels, words, tags, features, scores, labelScores);
        }
    }

    /// <summary>The best-scoring transition <paramref name="state"/> allows.</summary>
    public static int BestValid(ReadOnlySpan<float> scores, ParserState state)
    {
        var best = -1;
        for (var t = 0; t < ParserState.Transitions; t++)
        {
            if (state.CanApply(t) && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best;
    }
}
