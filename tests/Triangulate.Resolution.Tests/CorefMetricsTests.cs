using Triangulate.Eval.Coref;

namespace Triangulate.Resolution.Tests;

public sealed class CorefMetricsTests
{
    // Key {a b c} {d e f g}; response {a b} {c d} {f g h i}: e is missing from the response, h and i are not in the key.
    private static readonly IReadOnlyList<IReadOnlyList<string>> Key = [["a", "b", "c"], ["d", "e", "f", "g"]];
    private static readonly IReadOnlyList<IReadOnlyList<string>> Response = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]];

    [Fact]
    public void Muc_counts_links_with_twinless_mentions_as_their_own_parts()
    {
        // Given the key and response above
        // When MUC is computed
        var muc = CorefMetrics.Muc(Key, Response);

        // Then recall = (1 + 1) / (2 + 3) and precision = (1 + 0 + 1) / (1 + 1 + 3), by hand
        Assert.Equal(0.4, muc.Recall, 6);
        Assert.Equal(0.4, muc.Precision, 6);
        Assert.Equal(0.4, muc.F1, 6);
    }

    [Fact]
    public void BCubed_averages_per_mention_overlaps()
    {
        // Given the key and response above
        // When B-cubed is computed
        var b3 = CorefMetrics.BCubed(Key, Response);

        // Then recall = (4/3 + 1/3 + 1/4 + 4/4) / 7 and precision = (4/2 + 1/2 + 1/2 + 4/4) / 8, by hand
        Assert.Equal(35.0 / 12 / 7, b3.Recall, 6);
        Assert.Equal(0.5, b3.Precision, 6);
    }

    [Fact]
    public void CeafE_uses_the_best_one_to_one_alignment()
    {
        // Given the key and response above, where phi4 is 0.8 (K1,R1), 0.4 (K1,R2), 1/3 (K2,R2), 0.5 (K2,R3)
        // When CEAF-e is computed
        var ceaf = CorefMetrics.CeafE(Key, Response);

        // Then the alignment K1-R1, K2-R3 scores 1.3: recall 1.3 / 2, precision 1.3 / 3
        Assert.Equal(0.65, ceaf.Recall, 6);
        Assert.Equal(1.3 / 3, ceaf.Precision, 6);
    }

    [Fact]
    public void The_hungarian_algorithm_beats_greedy_matching()
    {
        // Given weights where the greedy choice (0.9) forces a poor second pair (0.1)
        var weights = new double[,] { { 0.9, 0.8 }, { 0.8, 0.1 } };

        // When the best assignment is computed
        var total = CeafAlignment.MaxAssignment(weights, 2);

        // Then it takes the two 0.8 pairs
        Assert.Equal(1.6, total, 6);
    }

    [Fact]
    public void A_perfect_response_scores_one_and_conll_averages_the_three()
    {
        // Given a response equal to the key
        // When scored
        var scores = CorefMetrics.Score(Key, Key);

        // Then every metric is 1, and CoNLL F1 is their mean
        Assert.Equal(1.0, scores.ConllF1, 6);
        var mixed = CorefMetrics.Score(Key, Response);
        Assert.Equal((mixed.Muc.F1 + mixed.BCubed.F1 + mixed.CeafE.F1) / 3, mixed.ConllF1, 9);
    }
}
