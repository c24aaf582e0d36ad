namespace Triangulate.Eval.Coref;

/// <summary>Recall, precision and F1 of one metric.</summary>
/// <param name="Recall">Recall.</param>
/// <param name="Precision">Precision.</param>
public readonly record struct Prf(double Recall, double Precision)
{
    /// <summary>The harmonic mean of recall and precision.</summary>
    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);
}

/// <summary>The scores of a coreference response against the key.</summary>
/// <param name="Muc">MUC (Vilain et al. 1995): links.</param>
/// <param name="BCubed">B-cubed (Bagga and Baldwin 1998): mentions.</param>
/// <param name="CeafE">Entity-based CEAF (Luo 2005) with the phi-4 similarity.</param>
public sealed record CorefScores(Prf Muc, Prf BCubed, Prf CeafE)
{
    /// <summary>CoNLL F1: the mean of the three F1 scores.</summary>
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;
}

/// <summary>
/// The coreference metrics as the reference scorer (Pradhan et al. 2014, v8.01) defines them, written here because
/// no .NET package implements them. Mentions are compared by identity (exact span); a mention present in only one
/// of the key and the response ("twinless") counts as the reference scorer counts it.
/// </summary>
public static class CorefMetrics
{
    /// <summary>Scores <paramref name="response"/> against <paramref name="key"/>, clusters of mention ids.</summary>
    public static CorefScores Score(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response) =>
        new(Muc(key, response), BCubed(key, response), CeafE(key, response));

    /// <summary>MUC: for each key cluster, its size minus the number of response parts it is cut into.</summary>
    public static Prf Muc(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response) =>
        new(MucRecall(key, response), MucRecall(response, key));

    /// <summary>B-cubed: per mention, the share of its cluster the other side's cluster agrees with.</summary>
    public static Prf BCubed(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response) =>
        new(BCubedRecall(key, response), BCubedRecall(response, key));

    /// <summary>CEAF-e: the best one-to-one alignment of clusters by phi-4 = 2|K∩R| / (|K| + |R|).</summary>
    public static Prf CeafE(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response)
    {
        var total = CeafAlignment.BestTotal(key, response);
        return new Prf(key.Count == 0 ? 0 : total / key.Count, response.Count == 0 ? 0 : total / response.Count);
    }

    private static double MucRecall(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response)
    {
        var owner = ClusterOf(response);
        double numerator = 0;
        double denominator = 0;
        foreach (var cluster in key)
        {
            var parts = new HashSet<int>();
            var twinless = 0;
            foreach (var m in cluster)
            {
                if (owner.TryGetValue(m, out var r))
                {
                    parts.Add(r);
                }
                else
                {
                    twinless++;
                }
            }

            numerator += cluster.Count - (parts.Count + twinless);
            denominator += cluster.Count - 1;
        }

        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static double BCubedRecall(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response)
    {
        var owner = ClusterOf(response);
        double numerator = 0;
        double mentions = 0;
        foreach (var cluster in key)
        {
            mentions += cluster.Count;
            foreach (var group in cluster.Where(owner.ContainsKey).GroupBy(m => owner[m]))
            {
                double overlap = group.Count();
                numerator += overlap * overlap / cluster.Count;
            }
        }

        return mentions == 0 ? 0 : numerator / mentions;
    }

    internal static Dictionary<string, int> ClusterOf(IReadOnlyList<IReadOnlyList<string>> clusters)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var m in clusters[i])
            {
                owner[m] = i;
            }
        }

        return owner;
    }
}
