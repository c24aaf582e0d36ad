namespace Triangulate.Core.Entities.Recognition;

/// <summary>Which prefix of a sentence a structured perceptron update covers.</summary>
public enum NerUpdate
{
    /// <summary>The whole sentence: the gold path against the path the beam returns (Collins 2002).</summary>
    Full,

    /// <summary>Up to the first token where the gold prefix falls out of the beam (Collins and Roark 2004).</summary>
    Early,

    /// <summary>Up to the token where the beam's best prefix outscores the gold prefix by most (Huang, Fayong and Guo 2012).</summary>
    MaxViolation,
}

/// <summary>The choice of the update point for early and max-violation updates.</summary>
public sealed partial class NerTrainer
{
    // The last token of the prefix to update, read from the beam of the last decode, or -1 for the whole sentence.
    // The gold prefix is scored with the same operations in the same order as the beam scores its paths, so its
    // score equals the beam's while it is in the beam.
    private int UpdatePoint(TokenForms forms, NerHistory history, byte[] gold)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        Span<float> scores = stackalloc float[NerTags.Count];
        var scorer = new Scorer(this);
        var goldScore = 0f;
        var goldPath = 0; // index of the gold prefix among the beam's paths, -1 once it fell out
        var point = -1;
        var worst = 0f;
        for (var i = 0; i < forms.Count; i++)
        {
            var n = NerFeatures.ExtractStatic(forms, i, history.TypeOf(forms, i), features);
            scores.Clear();
            scorer.Score(features[..n], scores);
            var previous = i >= 1 ? gold[i - 1] : NerLabels.Outside;
            var before = i >= 2 ? gold[i - 2] : NerLabels.Outside;
            var d = NerFeatures.ExtractDynamic(forms, i, previous, before, features);
            scorer.Score(features[..d], scores);
            goldScore += scores[gold[i]];
            if (goldPath >= 0)
            {
                var found = -1;
                for (var k = 0; k < _beam.PathsAt(i) && found < 0; k++)
                {
                    if (_beam.LabelAt(i, k) == gold[i] && (i == 0 || _beam.BackAt(i, k) == goldPath))
                    {
                        found = k;
                    }
                }

                goldPath = found;
                if (found < 0 && UpdateMode == NerUpdate.Early)
                {
                    return i;
                }
            }

            if (UpdateMode == NerUpdate.MaxViolation && goldPath != 0)
            {
                var violation = _beam.ScoreAt(i, 0) - goldScore;
                if (violation >= 0 && (point < 0 || violation > worst))
                {
                    point = i;
                    worst = violation;
                }
            }
        }

        return point;
    }
}
