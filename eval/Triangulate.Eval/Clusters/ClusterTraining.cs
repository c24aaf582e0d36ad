using System.Globalization;
using Triangulate.Eval.Coref;
using Triangulate.Resolution;
using Triangulate.Resolution.Propositions;

namespace Triangulate.Eval.Clusters;

/// <summary>
/// Trains the claim pair model on ECB+: the candidate pairs of claims of the training topics (the blocking of a real
/// case, so the model learns the pairs it will meet), labelled by the gold event coreference of the mentions inside
/// them; then chooses the link thresholds on the held-out development topics by the aligned CoNLL F1 of
/// <see cref="ClusterEvaluation"/>.
/// </summary>
public static class ClusterTraining
{
    /// <summary>
    /// Trains on the train topics, chooses thresholds on the dev topics (the join threshold too unless
    /// <paramref name="fixedJoin"/> is given); progress to <paramref name="log"/>.
    /// </summary>
    public static ClaimPairModel Run(string folder, TextWriter log, double? fixedJoin = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var train = EventTopics.Annotate(folder, EcbPlusCorpus.TrainTopics);
        var samples = new List<(double[], bool)>();
        foreach (var topic in train)
        {
            samples.AddRange(Samples(topic));
        }

        // ECB+ gathers its documents by topic, so every pair it labels shares a kind of event; a real case also holds
        // unrelated reports, whose claims share a predicate ("won an auction", "won her claim") and nothing else.
        // Each topic is therefore also resolved with the next one: the candidate pairs across the two are different
        // events.
        var within = samples.Count;
        for (var i = 0; i < train.Count; i++)
        {
            var first = train[i];
            var second = train[(i + 1) % train.Count];
            var ids = first.SelectMany(d => Enumerable.Range(0, d.Resolution.Claims.Count).Select(c => AnnotatedDocument.ClaimId(d.Resolution.Id, c)))
                .ToHashSet(StringComparer.Ordinal);
            var sequence = 0;
            var both = first.Concat(second).Select(d => d with { Resolution = d.Resolution with { Sequence = sequence++ } }).ToList();
            samples.AddRange(Samples(both, (a, b) => ids.Contains(a) != ids.Contains(b)).Select(x => (x.Features, false)));
        }

        log.WriteLine(string.Create(inv, $"training pairs: {samples.Count} ({samples.Count(s => s.Item2)} same event; {samples.Count - within} across two topics) from {train.Sum(t => t.Count)} documents of {train.Count} topics"));
        var model = ClaimPairModel.Train(samples);
        var dev = EventTopics.Annotate(folder, EcbPlusCorpus.DevTopics);
        var previous = ClaimPairModel.Current;
        var best = (F1: -1.0, Model: model);
        try
        {
            foreach (var threshold in new[] { 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9 })
            {
                foreach (var join in fixedJoin is { } j ? [j] : new[] { 0.1, 0.2, 0.3, 0.4, 0.5 })
                {
                    var candidate = model.WithThresholds(threshold, join);
                    ClaimPairModel.Current = candidate;
                    var report = ClusterEvaluation.Score(dev, "dev");
                    log.WriteLine(string.Create(inv, $"dev threshold={threshold:0.00} join={join:0.00}: aligned CoNLL-F1={report.AlignedOnly.ConllF1:0.0000} all={report.All.ConllF1:0.0000}"));
                    if (report.AlignedOnly.ConllF1 > best.F1)
                    {
                        best = (report.AlignedOnly.ConllF1, candidate);
                    }
                }
            }
        }
        finally
        {
            ClaimPairModel.Current = previous;
        }

        log.WriteLine(string.Create(inv, $"chosen: threshold={best.Model.Threshold:0.00} join={best.Model.JoinThreshold:0.00} (dev aligned CoNLL-F1={best.F1:0.0000})"));
        return best.Model;
    }

    /// <summary>
    /// The labelled candidate pairs of one topic: same event when both predicates align with gold mentions of one
    /// event, not when they align with different events, or when the claims' gold event mentions share no event;
    /// other pairs say nothing and are left out.
    /// </summary>
    public static IEnumerable<(double[] Features, bool Same)> Samples(List<EventDocument> topic, Func<string, string, bool>? include = null)
    {
        var predicateEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimEvents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in topic)
        {
            for (var i = 0; i < d.Resolution.Claims.Count; i++)
            {
                var claim = d.Resolution.Claims[i];
                var id = AnnotatedDocument.ClaimId(d.Resolution.Id, i);
                if (d.AlignedWith(claim).FirstOrDefault() is { } m)
                {
                    predicateEvent[id] = m.Cluster;
                }

                var inside = d.Gold.Mentions.Where(g => g.Start >= claim.Start && g.End <= claim.End).Select(g => g.Cluster).ToHashSet(StringComparer.Ordinal);
                if (inside.Count > 0)
                {
                    claimEvents[id] = inside;
                }
            }
        }

        foreach (var (a, b, features) in EventTopics.Resolve(topic).ClaimPairs())
        {
            if (include is not null && !include(a, b))
            {
                continue;
            }

            if (predicateEvent.TryGetValue(a, out var ea) && predicateEvent.TryGetValue(b, out var eb))
            {
                yield return (features, ea == eb);
            }
            else if (claimEvents.TryGetValue(a, out var sa) && claimEvents.TryGetValue(b, out var sb) && !sa.Overlaps(sb))
            {
                yield return (features, false);
            }
        }
    }

}
