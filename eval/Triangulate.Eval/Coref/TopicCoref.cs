using System.Globalization;
using System.Text.Json;

namespace Triangulate.Eval.Coref;

/// <summary>Cross-document entity coreference on one MEANTIME topic, end to end, in its fully annotated region.</summary>
/// <param name="Topic">The topic's name.</param>
/// <param name="Scores">MUC, B3, CEAF-e and CoNLL F1 with mentions matched by exact span.</param>
/// <param name="HeadScores">The same with spans relaxed: a system mention also matches the gold mention whose head it is, or the shortest gold mention it ends with and lies inside.</param>
/// <param name="GoldMentions">Gold entity mentions in the region.</param>
/// <param name="SystemMentions">System mentions in the region.</param>
/// <param name="MatchedExact">System mentions on a gold span.</param>
/// <param name="MatchedHead">System mentions matched with relaxed spans.</param>
public sealed record TopicCorefReport(string Topic, CorefScores Scores, CorefScores HeadScores, int GoldMentions, int SystemMentions, int MatchedExact, int MatchedHead)
{
    /// <summary>Mention recall and precision, by exact span.</summary>
    public Prf Mentions => new(GoldMentions == 0 ? 0 : (double)MatchedExact / GoldMentions, SystemMentions == 0 ? 0 : (double)MatchedExact / SystemMentions);

    /// <summary>Mention recall and precision with relaxed spans.</summary>
    public Prf HeadMentions => new(GoldMentions == 0 ? 0 : (double)MatchedHead / GoldMentions, SystemMentions == 0 ? 0 : (double)MatchedHead / SystemMentions);

    /// <summary>The report's lines.</summary>
    public IEnumerable<string> Lines()
    {
        static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);
        yield return $"topic {Topic}: {GoldMentions} gold entity mentions in the fully annotated region, {SystemMentions} system mentions";
        yield return $"  mentions exact span  R={F(Mentions.Recall)} P={F(Mentions.Precision)} F1={F(Mentions.F1)}";
        yield return $"  mentions relaxed    R={F(HeadMentions.Recall)} P={F(HeadMentions.Precision)} F1={F(HeadMentions.F1)}";
        foreach (var (label, s) in new[] { ("exact", Scores), ("relaxed", HeadScores) })
        {
            yield return $"  {label,-7} MUC F1={F(s.Muc.F1)} B3 F1={F(s.BCubed.F1)} CEAF-e F1={F(s.CeafE.F1)} CoNLL-F1={F(s.ConllF1)}";
        }
    }
}

/// <summary>
/// Scores the entities of a case made from a topic's <c>reports.jsonl</c> against MEANTIME's own cross-document
/// annotation (<c>annotations.gold.json</c>), as the topics README says: only inside each document's
/// <c>annotated_end</c>, where everything is annotated; gold entities are clustered by their cross-document id
/// (single-document ids are singletons of their document), system mentions by the entity holding them.
/// </summary>
public static class TopicCoref
{
    /// <summary>A system mention: the report's name, its span.</summary>
    public readonly record struct SystemMention(string Document, int Start, int End);

    /// <summary>Scores the system's entities (each a list of its mentions) against the annotation.</summary>
    public static TopicCorefReport Score(string topic, JsonElement annotation, IReadOnlyList<IReadOnlyList<SystemMention>> entities)
    {
        var end = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in annotation.GetProperty("documents").EnumerateArray())
        {
            end[d.GetProperty("name").GetString()!] = d.TryGetProperty("annotated_end", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.MaxValue;
        }

        bool Inside(string doc, int start, int stop) => end.TryGetValue(doc, out var limit) && stop <= limit && start >= 0;
        static string Key(string doc, int start, int stop) => $"{doc}:{start}-{stop}";

        var goldClusters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byHead = new Dictionary<string, string>(StringComparer.Ordinal);
        var byEnd = new Dictionary<string, (int Start, string Key)>(StringComparer.Ordinal);
        foreach (var m in annotation.GetProperty("mentions").EnumerateArray())
        {
            var doc = m.GetProperty("doc").GetString()!;
            int start = m.GetProperty("start").GetInt32(), stop = m.GetProperty("end").GetInt32();
            if (!Inside(doc, start, stop) || m.GetProperty("entity").GetString() is not { } entity)
            {
                continue;
            }

            var key = Key(doc, start, stop);
            if (!goldClusters.TryGetValue(entity, out var list))
            {
                goldClusters[entity] = list = [];
            }

            if (!list.Contains(key))
            {
                list.Add(key);
            }

            // Relaxed: a system mention ending where a gold one ends, inside it ("EADS" of "Airbus parent EADS").
            byEnd.TryAdd(doc + ":" + stop.ToString(CultureInfo.InvariantCulture), (start, key));
            if (byEnd.TryGetValue(doc + ":" + stop.ToString(CultureInfo.InvariantCulture), out var shortest) && start > shortest.Start)
            {
                byEnd[doc + ":" + stop.ToString(CultureInfo.InvariantCulture)] = (start, key);
            }

            if (m.TryGetProperty("head", out var head) && head.ValueKind == JsonValueKind.Array && head.GetArrayLength() == 2)
            {
                byHead.TryAdd(Key(doc, head[0].GetInt32(), head[1].GetInt32()), key);
            }
        }

        // A mention two gold entities hold counts in the first only (the metrics need a partition).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var key0 = goldClusters.Values.Select(c => (IReadOnlyList<string>)c.Where(seen.Add).ToList()).Where(c => c.Count > 0).ToList();
        var goldSpans = seen;
        var systemSeen = new HashSet<string>(StringComparer.Ordinal);
        var exactResponse = new List<IReadOnlyList<string>>();
        var headResponse = new List<IReadOnlyList<string>>();
        var headSeen = new HashSet<string>(StringComparer.Ordinal);
        int exact = 0, headed = 0;
        foreach (var entity in entities)
        {
            var exactCluster = new List<string>();
            var headCluster = new List<string>();
            foreach (var m in entity.Where(m => Inside(m.Document, m.Start, m.End)))
            {
                var key = Key(m.Document, m.Start, m.End);
                if (!systemSeen.Add(key))
                {
                    continue;
                }

                exactCluster.Add(key);
                var gold = goldSpans.Contains(key) ? key
                    : byHead.GetValueOrDefault(key)
                    ?? (byEnd.TryGetValue(m.Document + ":" + m.End.ToString(CultureInfo.InvariantCulture), out var around) && around.Start <= m.Start && goldSpans.Contains(around.Key) ? around.Key : null);
                exact += goldSpans.Contains(key) ? 1 : 0;
                headed += gold is not null ? 1 : 0;
                if (headSeen.Add(gold ?? key))
                {
                    headCluster.Add(gold ?? key);
                }
            }

            if (exactCluster.Count > 0)
            {
                exactResponse.Add(exactCluster);
            }

            if (headCluster.Count > 0)
            {
                headResponse.Add(headCluster);
            }
        }

        return new TopicCorefReport(topic, CorefMetrics.Score(key0, exactResponse), CorefMetrics.Score(key0, headResponse), goldSpans.Count, systemSeen.Count, exact, headed);
    }
}
