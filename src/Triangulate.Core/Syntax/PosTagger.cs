namespace Triangulate.Core.Syntax;

/// <summary>Greedy left-to-right part-of-speech tagging with an averaged perceptron (Collins 2002).</summary>
internal static class PosTagger
{
    /// <summary>Tags every word of <paramref name="words"/> into <paramref name="tags"/>.</summary>
    public static void Tag(IWeights weights, WordFeatures words, Span<UniversalPos> tags)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[24];
        for (var i = 0; i < words.Count; i++)
        {
            scores.Clear();
            var n = TaggerFeatures.Extract(words, i, tags, features);
            weights.Score(features[..n], scores);
            tags[i] = (UniversalPos)ArgMax(scores[..UniversalPosTags.Count]);
        }
    }

    /// <summary>The index of the highest score (the first of equals).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }
}
