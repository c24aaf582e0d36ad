using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Resolution;

namespace Triangulate.Eval.Coref;

/// <summary>The result of <c>triangulate eval coref</c>.</summary>
/// <param name="GoldMentions">Scores when the resolver is given the gold mentions.</param>
/// <param name="EndToEnd">Scores on the system's own mentions.</param>
/// <param name="Documents">Documents read.</param>
/// <param name="GoldMentionCount">Gold entity mentions.</param>
/// <param name="SystemMentionCount">Mentions the system found in the annotated sentences.</param>
/// <param name="MentionSource">Where the end-to-end mentions came from.</param>
/// <param name="Topics">Which topics were read ("test topics 36-45").</param>
public sealed record CorefReport(CorefScores GoldMentions, CorefScores EndToEnd, int Documents, int GoldMentionCount, int SystemMentionCount, string MentionSource, string Topics = "test topics 36-45");

/// <summary>
/// Cross-document entity coreference on ECB+ test topics: the <see cref="CaseResolver"/> run once per topic (the
/// usual gold-topic setting: a topic's ECB and ECB+ halves together), scored with MUC, B-cubed, CEAF-e and CoNLL F1
/// over all topics at once, singletons included.
/// </summary>
public static class CorefEvaluation
{
    /// <summary>Runs both settings on the data folder (gold-mention errors optionally listed).</summary>
    /// <param name="folder">The ECB+ folder.</param>
    /// <param name="dev">Use the development topics instead of the test topics.</param>
    /// <param name="errors">When given, receives the gold clusters the resolver split and the clusters it wrongly joined.</param>
    public static CorefReport Run(string folder, bool dev = false, TextWriter? errors = null)
    {
        var documents = EcbPlusCorpus.Read(folder, dev ? EcbPlusCorpus.DevTopics : EcbPlusCorpus.TestTopics);
        var key = KeyClusters(documents);
        var gold = Resolve(documents, d => WithinDocumentCanonical.Apply(d.Mentions.OrderBy(m => m.Start).Select(m => new EntityMention(m.Start, m.End, m.Text, m.Type, m.Text)).ToList()));

        // End to end: the default pipeline's stages up to the one that produces entity mentions (later stages are
        // not needed here); the provisional heuristic when no stage produces them.
        var stages = DefaultPipeline.Create().Stages;
        var upToEntities = stages.TakeWhile(s => !s.Produces.Contains(typeof(EntityMention))).ToList();
        var entityStage = stages.FirstOrDefault(s => s.Produces.Contains(typeof(EntityMention)));
        var hasEntityStage = entityStage is not null;
        var systemCount = 0;
        var endToEnd = Resolve(documents, d =>
        {
            IReadOnlyList<EntityMention> found;
            if (entityStage is not null)
            {
                var document = new Document(d.Text, new DocumentMetadata(d.Name));
                foreach (var stage in upToEntities.Append(entityStage))
                {
                    stage.Annotate(document);
                }

                found = document.Get<EntityMention>();
            }
            else
            {
                found = ProvisionalMentionFinder.Find(d.Text);
            }

            var inSentences = found.Where(m => d.AnnotatedSentences.Any(s => m.Start >= s.Start && m.End <= s.End)).ToList();
            systemCount += inSentences.Count;
            return inSentences;
        });

        if (errors is not null)
        {
            var texts = documents.SelectMany(d => d.Mentions.Select(m => (Key: MentionKey(d.Name, m.Start, m.End), m.Text))).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Text);
            var owner = CorefMetrics.ClusterOf(gold);
            foreach (var k in key.Where(k => k.Count > 1))
            {
                var parts = k.GroupBy(m => owner.GetValueOrDefault(m, -1)).ToList();
                errors.WriteLine($"split into {parts.Count}: " + string.Join(" | ", parts.Select(p => string.Join(", ", p.Select(m => texts[m]).Distinct()))));
            }

            var keyOwner = CorefMetrics.ClusterOf(key);
            foreach (var r in gold.Where(r => r.Count > 1))
            {
                var parts = r.GroupBy(m => keyOwner.GetValueOrDefault(m, -1)).ToList();
                if (parts.Count > 1)
                {
                    errors.WriteLine($"joined {parts.Count} gold clusters: " + string.Join(" | ", parts.Select(p => string.Join(", ", p.Select(m => texts[m]).Distinct()))));
                }
            }
        }

        return new CorefReport(
            CorefMetrics.Score(key, gold),
            CorefMetrics.Score(key, endToEnd),
            documents.Count,
            key.Sum(c => c.Count),
            systemCount,
            hasEntityStage ? $"the default pipeline's entity stage ({entityStage!.Name})" : "PROVISIONAL capitalised-span heuristic (no entity stage registered)",
            dev ? "dev topics 2, 5, 12, 18, 21, 23, 34, 35" : "test topics 36-45");
    }

    /// <summary>The report's lines, ending with the overall line.</summary>
    public static IEnumerable<string> Format(CorefReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"ECB+ {report.Topics}, annotated sentences only: {report.Documents} documents, {report.GoldMentionCount} gold entity mentions (HUMAN, NON_HUMAN, LOC, TIME), clustered within each topic, singletons included");
        yield return $"end-to-end mentions: {report.MentionSource}, {report.SystemMentionCount} found";
        foreach (var (name, s) in new[] { ("gold-mentions", report.GoldMentions), ("end-to-end", report.EndToEnd) })
        {
            foreach (var (metric, prf) in new[] { ("MUC", s.Muc), ("B3", s.BCubed), ("CEAF-e", s.CeafE) })
            {
                yield return string.Create(inv, $"{name,-14} {metric,-7} R={prf.Recall:0.0000} P={prf.Precision:0.0000} F1={prf.F1:0.0000}");
            }

            yield return string.Create(inv, $"{name,-14} CoNLL-F1={s.ConllF1:0.0000}");
        }

        yield return string.Create(inv, $"overall gold-mentions CoNLL-F1={report.GoldMentions.ConllF1:0.0000} end-to-end CoNLL-F1={report.EndToEnd.ConllF1:0.0000}");
    }

    private static List<IReadOnlyList<string>> KeyClusters(List<EcbDocument> documents)
    {
        var clusters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var m in d.Mentions)
            {
                var id = MentionKey(d.Name, m.Start, m.End);
                if (!seen.Add(id))
                {
                    continue;
                }

                var cluster = $"{d.Topic}:{m.Cluster}";
                if (!clusters.TryGetValue(cluster, out var list))
                {
                    clusters[cluster] = list = [];
                }

                list.Add(id);
            }
        }

        return clusters.Values.Select(l => (IReadOnlyList<string>)l).ToList();
    }

    private static List<IReadOnlyList<string>> Resolve(List<EcbDocument> documents, Func<EcbDocument, IReadOnlyList<EntityMention>> mentions)
    {
        var response = new List<IReadOnlyList<string>>();
        foreach (var topic in documents.GroupBy(d => d.Topic))
        {
            var resolver = new CaseResolver();
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var sequence = 0;
            foreach (var d in topic)
            {
                var id = DocumentId.For(d.Name + "\n" + d.Text);
                names[id] = d.Name;
                resolver.Add(new AnnotatedDocument(id, d.Name, null, null, sequence++, d.Text, mentions(d), [], [], []));
            }

            foreach (var entity in resolver.Snapshot().Entities)
            {
                response.Add(entity.Mentions.Select(m => MentionKey(names[m.Document], m.Start, m.End)).Distinct(StringComparer.Ordinal).ToList());
            }
        }

        return response;
    }

    private static string MentionKey(string document, int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{document}:{start}-{end}");
}
