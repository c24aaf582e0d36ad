namespace Triangulate.Core.Entities.Recognition;

/// <summary>Adds the label weights of every known feature to a row of scores.</summary>
internal interface IFeatureScorer
{
    /// <summary>Adds the weights of every known feature of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// Beam search over BILOU tag sequences of one sentence (<see cref="NerTags"/>; width 1 is greedy left-to-right decoding). The features that
/// do not depend on labels are scored once per token; only the few that look at the two previous labels are scored
/// per path. The tags a path may take follow BILOU (I-X and L-X only after B-X or I-X, which must be followed by one
/// of them, so a sentence ends on O, L- or U-). The trainer decodes with the same
/// search, so the weights are learnt for it (a structured perceptron, Collins 2002). Not thread-safe: one per thread.
/// </summary>
internal sealed class NerBeam
{
    private byte[] _labels = new byte[256];
    private int[] _backs = new int[256];
    private float[] _scores = new float[256];
    private int[] _sizes = new int[64];
    private int _width = 1;

    /// <summary>Paths kept after token <paramref name="i"/> by the last decode, best first.</summary>
    public int PathsAt(int i) => _sizes[i];

    /// <summary>The score of path <paramref name="k"/> after token <paramref name="i"/> of the last decode.</summary>
    public float ScoreAt(int i, int k) => _scores[(i * _width) + k];

    /// <summary>The last label of path <paramref name="k"/> after token <paramref name="i"/> of the last decode.</summary>
    public byte LabelAt(int i, int k) => _labels[(i * _width) + k];

    /// <summary>The path after token i-1 that path <paramref name="k"/> after token <paramref name="i"/> extends.</summary>
    public int BackAt(int i, int k) => _backs[(i * _width) + k];

    /// <summary>Writes the labels of tokens 0..<paramref name="i"/> of path <paramref name="k"/> after token i.</summary>
    public void Backtrack(int i, int k, Span<byte> labels)
    {
        for (; i >= 0; i--)
        {
            labels[i] = _labels[(i * _width) + k];
            k = _backs[(i * _width) + k];
        }
    }

    /// <summary>Finds the best label sequence the beam reaches and writes it into <paramref name="labels"/>.</summary>
    /// <typeparam name="TScorer">The weights to score with.</typeparam>
    /// <param name="forms">The sentence's token forms.</param>
    /// <param name="history">What words were tagged earlier in the document (read only).</param>
    /// <param name="scorer">The weights.</param>
    /// <param name="width">Paths kept after each token (at least 1).</param>
    /// <param name="labels">Receives one label per token.</param>
    public void Decode<TScorer>(TokenForms forms, NerHistory history, TScorer scorer, int width, Span<byte> labels)
        where TScorer : IFeatureScorer
    {
        var count = forms.Count;
        if (count == 0)
        {
            return;
        }

        Grow(count, width);
        _width = width;
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        Span<float> fixedScores = stackalloc float[NerTags.Count];
        Span<float> candidateScores = stackalloc float[width];
        Span<int> candidateBacks = stackalloc int[width];
        Span<byte> candidateLabels = stackalloc byte[width];

        // Paths that share their two previous labels share the label-dependent scores: computed once per pair.
        const int Pairs = NerTags.Count * NerTags.Count;
        Span<float> pairScores = stackalloc float[Pairs * NerTags.Count];
        Span<bool> pairDone = stackalloc bool[Pairs];
        for (var i = 0; i < count; i++)
        {
            var n = NerFeatures.ExtractStatic(forms, i, history.TypeOf(forms, i), features);
            fixedScores.Clear();
            scorer.Score(features[..n], fixedScores);
            pairDone.Clear();
            var kept = 0;
            var paths = i == 0 ? 1 : _sizes[i - 1];
            for (var p = 0; p < paths; p++)
            {
                byte previous = NerTags.Outside, beforePrevious = NerTags.Outside;
                var pathScore = 0f;
                if (i > 0)
                {
                    var at = ((i - 1) * width) + p;
                    previous = _labels[at];
                    pathScore = _scores[at];
                    beforePrevious = i > 1 ? _labels[((i - 2) * width) + _backs[at]] : NerTags.Outside;
                }

                var pair = (previous * NerTags.Count) + beforePrevious;
                var scores = pairScores.Slice(pair * NerTags.Count, NerTags.Count);
                if (!pairDone[pair])
                {
                    pairDone[pair] = true;
                    var d = NerFeatures.ExtractDynamic(forms, i, previous, beforePrevious, features);
                    fixedScores.CopyTo(scores);
                    scorer.Score(features[..d], scores);
                }
                // The tags BILOU allows after this path's tag, in tag order (the order decides ties).
                for (var allowed = NerTags.AllowedAfter(previous, i == count - 1); allowed != 0; allowed &= allowed - 1)
                {
                    var l = (byte)System.Numerics.BitOperations.TrailingZeroCount(allowed);
                    var s = pathScore + scores[l];
                    if (kept == width && s <= candidateScores[kept - 1])
                    {
                        continue;
                    }

                    // Insert in descending order; ties keep the earlier candidate first (as greedy decoding does).
                    var j = kept < width ? kept++ : kept - 1;
                    while (j > 0 && candidateScores[j - 1] < s)
                    {
                        candidateScores[j] = candidateScores[j - 1];
                        candidateBacks[j] = candidateBacks[j - 1];
                        candidateLabels[j] = candidateLabels[j - 1];
                        j--;
                    }

                    candidateScores[j] = s;
                    candidateBacks[j] = p;
                    candidateLabels[j] = l;
                }
            }

            _sizes[i] = kept;
            for (var k = 0; k < kept; k++)
            {
                _labels[(i * width) + k] = candidateLabels[k];
                _backs[(i * width) + k] = candidateBacks[k];
                _scores[(i * width) + k] = candidateScores[k];
            }
        }

        Backtrack(count - 1, 0, labels);
    }

    private void Grow(int count, int width)
    {
        if (_labels.Length < count * width)
        {
            _labels = new byte[count * width * 2];
            _backs = new int[count * width * 2];
            _scores = new float[count * width * 2];
        }

        if (_sizes.Length < count)
        {
            _sizes = new int[count * 2];
        }
    }
}
