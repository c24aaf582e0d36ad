namespace Triangulate.Eval.Coref;

/// <summary>
/// The best one-to-one alignment of key and response clusters for CEAF-e. Clusters that share no mention score 0,
/// so the bipartite graph splits into connected components and each is solved alone by the Hungarian algorithm
/// (Kuhn-Munkres), which keeps the cost low on a whole corpus.
/// </summary>
internal static class CeafAlignment
{
    /// <summary>The largest sum of phi-4 over a one-to-one alignment.</summary>
    public static double BestTotal(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response)
    {
        var owner = CorefMetrics.ClusterOf(response);
        var edges = new Dictionary<(int K, int R), int>();
        for (var k = 0; k < key.Count; k++)
        {
            foreach (var m in key[k])
            {
                if (owner.TryGetValue(m, out var r))
                {
                    edges[(k, r)] = edges.GetValueOrDefault((k, r)) + 1;
                }
            }
        }

        // Union-find over key clusters (0..K-1) and response clusters (K..K+R-1).
        var parent = Enumerable.Range(0, key.Count + response.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (k, r) in edges.Keys)
        {
            var a = Find(k);
            var b = Find(key.Count + r);
            if (a != b)
            {
                parent[a] = b;
            }
        }

        var total = 0.0;
        foreach (var component in edges.GroupBy(e => Find(e.Key.K)))
        {
            var ks = component.Select(e => e.Key.K).Distinct().ToList();
            var rs = component.Select(e => e.Key.R).Distinct().ToList();
            var n = Math.Max(ks.Count, rs.Count);
            var weight = new double[n, n];
            foreach (var e in component)
            {
                var i = ks.IndexOf(e.Key.K);
                var j = rs.IndexOf(e.Key.R);
                weight[i, j] = 2.0 * e.Value / (key[e.Key.K].Count + response[e.Key.R].Count);
            }

            total += MaxAssignment(weight, n);
        }

        return total;
    }

    /// <summary>Hungarian algorithm (potentials form, O(n³)) on a square weight matrix, maximising.</summary>
    internal static double MaxAssignment(double[,] weight, int n)
    {
        if (n == 0)
        {
            return 0;
        }

        // Minimise cost = -weight, 1-based arrays as in the classic e-maxx formulation.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = -weight[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var total = 0.0;
        for (var j = 1; j <= n; j++)
        {
            if (p[j] != 0)
            {
                total += weight[p[j] - 1, j - 1];
            }
        }

        return total;
    }
}
