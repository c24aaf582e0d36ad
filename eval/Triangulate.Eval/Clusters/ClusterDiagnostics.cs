using Triangulate.Resolution;
using Triangulate.Resolution.Propositions;

namespace Triangulate.Eval.Clusters;

/// <summary>What the pair model sees of a case's candidate pairs: to study which pairs it misses and why.</summary>
public static class ClusterDiagnostics
{
    /// <summary>Each candidate pair of claims of different documents with its features (by name) and the model's probability.</summary>
    public static IEnumerable<(string A, string B, IReadOnlyDictionary<string, double> Features, double Probability)> Pairs(IEnumerable<AnnotatedDocument> documents)
    {
        var resolver = new CaseResolver();
        foreach (var d in documents)
        {
            resolver.Add(d);
        }

        foreach (var (a, b, f) in resolver.ClaimPairs())
        {
            var named = ClaimPairFeatures.Names.Select((n, i) => (n, f[i])).Where(x => x.Item2 != 0).ToDictionary(x => x.n, x => x.Item2);
            yield return (a, b, named, ClaimPairFeatures.HasSubstance(f) ? ClaimPairModel.Current.Probability(f) : 0);
        }
    }
}
