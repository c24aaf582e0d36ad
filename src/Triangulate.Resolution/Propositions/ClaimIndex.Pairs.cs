using Triangulate.Resolution.Propositions;

namespace Triangulate.Resolution.Claims;

/// <summary>The candidate pairs of claims with their pair-model features, for training and choosing the model's thresholds.</summary>
internal sealed partial class ClaimIndex
{
    /// <summary>Every candidate pair of claims of different documents (ids of both) with its features.</summary>
    public List<(string A, string B, double[] Features)> CandidatePairs(IReadOnlyDictionary<int, int> nodeEntity)
    {
        var entitySets = _claims.Select(c => c.Nodes.Select(n => nodeEntity.GetValueOrDefault(n, -1 - n)).ToHashSet()).ToArray();
        var pairs = new ClaimPairFeatures(n => nodeEntity.GetValueOrDefault(n, -1 - n), entitySets, ResolveAnchors(), _claims);
        var result = new List<(string, string, double[])>();
        foreach (var b in _claims)
        {
            foreach (var ai in b.Candidates.Order())
            {
                var a = _claims[ai];
                if (a.Document.Id != b.Document.Id)
                {
                    result.Add((a.Id, b.Id, pairs.Of(a, b)));
                }
            }
        }

        return result;
    }
}
