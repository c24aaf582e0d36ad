namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// Word clusters induced from raw text, used as features so that a word seen rarely or never in the labelled data
/// is tagged like the words that occur in the same contexts. Each word (case kept, digits folded) gets a fine and a
/// coarse cluster: spherical k-means over positive-PMI vectors of its left and right neighbours, then k-means over
/// the fine centroids. A cheap stand-in for Brown clusters (no package on the mirror induces either, and Brown's
/// algorithm would take hours on two cores).
/// </summary>
internal static class WordClusters
{
    /// <summary>Clusters of the words of <paramref name="sentences"/>: word hash to fine | coarse &lt;&lt; 16.</summary>
    public static Dictionary<ulong, int> Induce(
        IEnumerable<IReadOnlyList<string>> sentences, int fine, int coarse, int minCount, int seed, Action<string>? log)
    {
        var corpus = sentences.Select(s => s.Select(Fold).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in corpus.SelectMany(s => s))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var ranked = frequency.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var vocabulary = ranked.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        const int contexts = 1500;
        var contextIndex = ranked.Take(contexts).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var counts = new Dictionary<int, float>[ranked.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = [];
        }

        var contextTotals = new float[(2 * contexts) + 4];
        foreach (var s in corpus)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!vocabulary.TryGetValue(s[i], out var v))
                {
                    continue;
                }

                var left = i == 0 ? 2 * contexts : contextIndex.TryGetValue(s[i - 1], out var l) ? l : -1;
                var right = i + 1 == s.Length ? (2 * contexts) + 1 : contextIndex.TryGetValue(s[i + 1], out var r) ? contexts + r : -1;
                foreach (var c in (ReadOnlySpan<int>)[left, right])
                {
                    if (c >= 0)
                    {
                        counts[v][c] = counts[v].GetValueOrDefault(c) + 1;
                        contextTotals[c]++;
                    }
                }
            }
        }

        var total = contextTotals.Sum();
        var vectors = new (int[] Index, float[] Value)[ranked.Length];
        for (var v = 0; v < ranked.Length; v++)
        {
            var wordTotal = counts[v].Values.Sum();
            var entries = counts[v]
                .Select(kv => (kv.Key, Value: (float)Math.Log(kv.Value * total / (wordTotal * contextTotals[kv.Key]))))
                .Where(e => e.Value > 0)
                .OrderByDescending(e => e.Value)
                .Take(80)
                .ToArray();
            var norm = (float)Math.Sqrt(entries.Sum(e => e.Value * e.Value));
            vectors[v] = (entries.Select(e => e.Key).ToArray(), entries.Select(e => norm > 0 ? e.Value / norm : 0).ToArray());
        }

        log?.Invoke($"clusters: {ranked.Length} words, {corpus.Count} sentences");
        var dimensions = contextTotals.Length;
        var fineOf = KMeans(vectors, dimensions, fine, seed, log, out var centroids);
        var centroidVectors = centroids.Select(c =>
        {
            var index = Enumerable.Range(0, dimensions).Where(d => c[d] != 0).ToArray();
            return (index, index.Select(d => c[d]).ToArray());
        }).ToArray();
        var coarseOf = KMeans(centroidVectors, dimensions, coarse, seed + 1, log, out _);
        var result = new Dictionary<ulong, int>(ranked.Length);
        for (var v = 0; v < ranked.Length; v++)
        {
            result[FeatureHash.Of(ranked[v], lower: false, foldDigits: true)] = fineOf[v] | (coarseOf[fineOf[v]] << 16);
        }

        return result;
    }

    private static string Fold(string word) =>
        word.Any(char.IsAsciiDigit) ? new string([.. word.Select(c => char.IsAsciiDigit(c) ? '0' : c)]) : word;

    private static int[] KMeans(
        (int[] Index, float[] Value)[] vectors, int dimensions, int k, int seed, Action<string>? log, out float[][] centroids)
    {
        k = Math.Min(k, vectors.Length);
        var random = new Random(seed);
        centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            // Seeds spread over the frequency ranks: frequent words make stable seeds.
            var (index, value) = vectors[(int)((long)c * Math.Min(vectors.Length, 4 * k) / k)];
            centroids[c] = new float[dimensions];
            for (var j = 0; j < index.Length; j++)
            {
                centroids[c][index[j]] = value[j];
            }
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var changed = 0;
            var local = centroids;
            Parallel.For(0, vectors.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, v =>
            {
                var (index, value) = vectors[v];
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < local.Length; c++)
                {
                    var centroid = local[c];
                    var dot = 0f;
                    for (var j = 0; j < index.Length; j++)
                    {
                        dot += centroid[index[j]] * value[j];
                    }

                    if (dot > bestScore)
                    {
                        bestScore = dot;
                        best = c;
                    }
                }

                if (assignment[v] != best)
                {
                    Interlocked.Increment(ref changed);
                    assignment[v] = best;
                }
            });

            foreach (var c in centroids)
            {
                Array.Clear(c);
            }

            for (var v = 0; v < vectors.Length; v++)
            {
                var (index, value) = vectors[v];
                var centroid = centroids[assignment[v]];
                for (var j = 0; j < index.Length; j++)
                {
                    centroid[index[j]] += value[j];
                }
            }

            foreach (var c in centroids)
            {
                var norm = (float)Math.Sqrt(c.Sum(x => x * x));
                for (var d = 0; norm > 0 && d < c.Length; d++)
                {
                    c[d] /= norm;
                }
            }

            log?.Invoke($"k-means k={k} iteration {iteration + 1}: {changed} moved");
        }

        return assignment;
    }
}
