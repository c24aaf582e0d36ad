using System.Globalization;
using Triangulate.Eval.Coref;
using Triangulate.Resolution;

namespace Triangulate.Eval.Clusters;

/// <summary>The result of <c>triangulate eval clusters</c>.</summary>
/// <param name="Topics">Which topics were read.</param>
/// <param name="Documents">Documents read.</param>
/// <param name="Mentions">Gold event mentions in the annotated sentences.</param>
/// <param name="Aligned">Of them, those a claim's predicate aligns with.</param>
/// <param name="Claims">Claims found in the documents.</param>
/// <param name="All">The claim clusters' scores on all gold mentions (unaligned ones as singletons).</param>
/// <param name="AlignedOnly">The same on the aligned mentions only.</param>
/// <param name="LemmaAll">The same-head-lemma baseline on all gold mentions.</param>
/// <param name="LemmaAligned">The baseline on the aligned mentions.</param>
public sealed record ClusterReport(string Topics, int Documents, int Mentions, int Aligned, int Claims, CorefScores All, CorefScores AlignedOnly, CorefScores LemmaAll, CorefScores LemmaAligned);

/// <summary>
/// Event coreference of ECB+ as the claim clusters see it: each claim's predicate is its event mention; a gold event
/// mention of an annotated sentence takes the cluster of the claim whose predicate word lies inside it, an unaligned
/// one is a singleton. Scored (MUC, B³, CEAF-e, CoNLL F1) on all gold mentions and on the aligned ones, beside a
/// baseline that clusters the same mentions of a topic by the lemma of their head word.
/// </summary>
public static class ClusterEvaluation
{
    /// <summary>Annotates and scores the topics of <paramref name="split"/>.</summary>
    public static ClusterReport Run(string folder, string split = "test") =>
        Score(EventTopics.Annotate(folder, EcbPlusCorpus.TopicsOf(split)), split switch
        {
            "train" => "train topics 1-35 without the dev topics",
            "dev" => "dev topics 2, 5, 12, 18, 21, 23, 34, 35",
            _ => "test topics 36-45",
        });

    /// <summary>Resolves each annotated topic with the current pair model and scores its claim clusters.</summary>
    public static ClusterReport Score(List<List<EventDocument>> topics, string name)
    {
        var key = new List<IReadOnlyList<string>>();
        var response = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lemma = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var aligned = new HashSet<string>(StringComparer.Ordinal);
        int documents = 0, claims = 0;
        foreach (var topic in topics)
        {
            var resolution = EventTopics.Resolve(topic).Snapshot();
            var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in resolution.Clusters)
            {
                foreach (var id in c.Claims)
                {
                    clusterOf[id] = c.Id;
                }
            }

            var gold = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var d in topic)
            {
                documents++;
                claims += d.Resolution.Claims.Count;
                var alignedCluster = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < d.Resolution.Claims.Count; i++)
                {
                    foreach (var m in d.AlignedWith(d.Resolution.Claims[i]))
                    {
                        alignedCluster.TryAdd(EventDocument.MentionKey(m), clusterOf[AnnotatedDocument.ClaimId(d.Resolution.Id, i)]);
                    }
                }

                foreach (var m in d.Gold.Mentions.DistinctBy(EventDocument.MentionKey))
                {
                    var mention = EventDocument.MentionKey(m);
                    Add(gold, $"{d.Gold.Topic}:{m.Cluster}", mention);
                    if (alignedCluster.TryGetValue(mention, out var cluster))
                    {
                        aligned.Add(mention);
                        Add(response, $"{d.Gold.Topic}:{cluster}", mention);
                    }
                    else
                    {
                        Add(response, mention, mention);
                    }

                    Add(lemma, $"{d.Gold.Topic}:{d.HeadLemma(m)}", mention);
                }
            }

            key.AddRange(gold.Values);
        }

        var responseClusters = response.Values.Select(l => (IReadOnlyList<string>)l).ToList();
        var lemmaClusters = lemma.Values.Select(l => (IReadOnlyList<string>)l).ToList();
        return new ClusterReport(
            name, documents, key.Sum(c => c.Count), aligned.Count, claims,
            CorefMetrics.Score(key, responseClusters),
            CorefMetrics.Score(Restrict(key, aligned), Restrict(responseClusters, aligned)),
            CorefMetrics.Score(key, lemmaClusters),
            CorefMetrics.Score(Restrict(key, aligned), Restrict(lemmaClusters, aligned)));
    }

    /// <summary>The report's lines, ending with the overall line.</summary>
    public static IEnumerable<string> Format(ClusterReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"ECB+ {r.Topics}, annotated sentences only: {r.Documents} documents, {r.Claims} claims, {r.Mentions} gold event mentions, {r.Aligned} aligned with a claim's predicate ({(r.Mentions == 0 ? 0 : 100.0 * r.Aligned / r.Mentions):0.0} %)");
        foreach (var (label, s) in new[] { ("clusters all", r.All), ("clusters aligned", r.AlignedOnly), ("lemma all", r.LemmaAll), ("lemma aligned", r.LemmaAligned) })
        {
            yield return string.Create(inv, $"{label,-17} MUC R={s.Muc.Recall:0.0000} P={s.Muc.Precision:0.0000} F1={s.Muc.F1:0.0000}  B3 R={s.BCubed.Recall:0.0000} P={s.BCubed.Precision:0.0000} F1={s.BCubed.F1:0.0000}  CEAF-e R={s.CeafE.Recall:0.0000} P={s.CeafE.Precision:0.0000} F1={s.CeafE.F1:0.0000}  CoNLL-F1={s.ConllF1:0.0000}");
        }

        yield return string.Create(inv, $"overall clusters CoNLL-F1={r.All.ConllF1:0.0000} aligned={r.AlignedOnly.ConllF1:0.0000} lemma-baseline={r.LemmaAligned.ConllF1:0.0000}");
    }

    private static void Add(Dictionary<string, List<string>> clusters, string cluster, string mention)
    {
        if (!clusters.TryGetValue(cluster, out var list))
        {
            clusters[cluster] = list = [];
        }

        list.Add(mention);
    }

    private static List<IReadOnlyList<string>> Restrict(IEnumerable<IReadOnlyList<string>> clusters, HashSet<string> keep) =>
        clusters.Select(c => (IReadOnlyList<string>)c.Where(keep.Contains).ToList()).Where(c => c.Count > 0).ToList();
}
