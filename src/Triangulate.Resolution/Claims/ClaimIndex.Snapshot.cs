using Triangulate.Core.Claims;

namespace Triangulate.Resolution.Claims;

/// <summary>Clusters, corroboration and contradictions over the candidate pairs found when claims were added.</summary>
internal sealed partial class ClaimIndex
{
    /// <summary>What a snapshot of the claims holds.</summary>
    public sealed record Result(List<ClaimCluster> Clusters, List<Contradiction> Contradictions, List<TimelineEntry> Timeline, List<Update> Updates);

    /// <summary>Clusters the claims, counts origins, finds contradictions and lays out the timeline.</summary>
    public Result Snapshot(IReadOnlyList<ResolvedEntity> entities, IReadOnlyDictionary<int, int> nodeEntity)
    {
        _snapshotEntities = entities;
        _snapshotNodeEntity = nodeEntity;
        var entitySets = _claims.Select(c => c.Nodes.Select(n => nodeEntity.GetValueOrDefault(n, -1 - n)).ToHashSet()).ToArray();
        // What a claim is about including who says it: "Norland denies buying frigates" is about Norland too.
        // A nationality stands for its country here ("Norlandian frigates" are about Norland).
        // Entities of different types spelled alike after transliteration folding are one subject too: a place the
        // tagger took for an organisation in one report ("the border post Kalvash" / "Kalvach") is still that place.
        var aliasForms = entities.Select(e => e.Aliases.Select(a => Names.NameForm.Of(a.Text, _data)).ToList()).ToList();
        var country = CountriesOfNationalities(entities);
        var subjectOf = SubjectsBySpelling(aliasForms);
        var subjects = _claims.Select(c =>
        {
            var set = c.OriginNode < 0 ? [.. entitySets[c.Index]]
                : entitySets[c.Index].Append(nodeEntity.GetValueOrDefault(c.OriginNode, -1 - c.OriginNode)).ToHashSet();
            foreach (var e in set.ToList())
            {
                if (country.TryGetValue(e, out var place))
                {
                    set.Add(place);
                }
            }

            return set.Select(e => e >= 0 ? subjectOf[e] : e).ToHashSet();
        }).ToArray();
        // Who takes part in what a claim tells, with nationalities as their countries ("Norlandian frigates").
        var participants = entitySets.Select(set => set.Select(e => country.TryGetValue(e, out var place) ? place : e)
            .Select(e => e >= 0 ? subjectOf[e] : e).ToHashSet()).ToArray();
        var times = ResolveAnchors();
        var parent = Enumerable.Range(0, _claims.Count).ToArray();
        var contradictions = new List<(Contradiction, ClaimRecord, ClaimRecord)>();
        var updates = new List<Update>();
        var links = new List<(double Score, int A, int B)>();
        var pairs = new Propositions.ClaimPairFeatures(n => nodeEntity.GetValueOrDefault(n, -1 - n), entitySets, times, _claims);
        var model = Propositions.ClaimPairModel.Current;
        foreach (var b in _claims)
        {
            foreach (var ai in b.Candidates.Order())
            {
                var a = _claims[ai];
                var sim = Similarity(a, b, entitySets, times);
                // A proposition stated in passing joins clusters but is set against nothing: the claim of its sentence
                // holds its values, dates and polarity already, and a clause's own polarity or date, read apart from
                // its sentence, is less sure ("I have one version but I haven't seen the papers": two clauses, one
                // statement).
                var passing = a.Claim.PartOf >= 0 || b.Claim.PartOf >= 0;
                var conflict = passing ? null
                    : PaymentContradiction(a, b, entitySets, participants, times, sim) ?? FindContradiction(a, b, sim, times, subjects, participants, updates);
                if (conflict is not null)
                {
                    contradictions.Add((conflict, a, b));
                    continue;
                }

                if (a.Document.Id != b.Document.Id && a.Polarity == b.Polarity && LinkScore(pairs, model, a, b, sim) is var p && p >= model.Threshold)
                {
                    links.Add((p, a.Index, b.Index));
                }
            }
        }

        // Strongest links first; two clusters join only if their claims are alike on average (average linkage over
        // the first claims of each, so a long cluster costs no more to test), so a chain of loosely related claims
        // (all about the same two countries, or every flight of every aircraft) does not collapse into one cluster.
        // Only those first claims are kept for each cluster.
        var members = new Dictionary<int, List<int>>();
        foreach (var (_, a, b) in links.OrderByDescending(l => l.Score).ThenBy(l => l.A).ThenBy(l => l.B))
        {
            var ra = Find(parent, a);
            var rb = Find(parent, b);
            if (ra == rb)
            {
                continue;
            }

            var left = members.GetValueOrDefault(ra) ?? [ra];
            var right = members.GetValueOrDefault(rb) ?? [rb];
            if (left.Count + right.Count > 2 && AverageLink(pairs, model, left, right, entitySets, times) < model.JoinThreshold)
            {
                continue;
            }

            Union(parent, a, b);
            var root = Find(parent, a);
            members.Remove(ra);
            members.Remove(rb);
            members[root] = [.. left.Concat(right).Order().Take(LinkageSample)];
        }

        var clusters = BuildClusters(parent, entities, nodeEntity, aliasForms);
        var timeline = BuildTimeline(parent, times);
        return new Result(clusters, GroupByOrigins(contradictions), timeline, updates);
    }

    /// <summary>How many first claims of a cluster average linkage compares.</summary>
    private const int LinkageSample = 8;

    /// <summary>The mean link score between the first claims of two clusters (at most <see cref="LinkageSample"/> of each).</summary>
    private double AverageLink(
        Propositions.ClaimPairFeatures pairs, Propositions.ClaimPairModel model, List<int> left, List<int> right, HashSet<int>[] entitySets, List<ClaimTime>[] times)
    {
        var (sum, count) = (0.0, 0);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                sum += LinkScore(pairs, model, _claims[a], _claims[b], entitySets, times);
                count++;
            }
        }

        return sum / count;
    }

    private double LinkScore(
        Propositions.ClaimPairFeatures pairs, Propositions.ClaimPairModel model, ClaimRecord a, ClaimRecord b, HashSet<int>[] entitySets, List<ClaimTime>[] times) =>
        LinkScore(pairs, model, a, b, a.Proposition is null || b.Proposition is null ? Similarity(a, b, entitySets, times) : default);

    /// <summary>
    /// How sure it is that two claims state one proposition, on the pair model's scale: its probability when both
    /// claims were read from the tree (1 for one sum paid for one thing, which the training data does not show), 0
    /// when only a number or a date is shared. Claims with no proposition (read
    /// without syntax: older stores, hand-built reports) keep the word and entity score, rescaled so that its
    /// thresholds are the model's.
    /// </summary>
    private static double LinkScore(Propositions.ClaimPairFeatures pairs, Propositions.ClaimPairModel model, ClaimRecord a, ClaimRecord b, ClaimSimilarity sim)
    {
        if (a.Proposition is null || b.Proposition is null)
        {
            // Piecewise linear, so that the word score's own bars (0.45 to link, 0.6 of it to join) meet the model's.
            var (join, link, score) = (0.6 * ClaimSimilarity.ClusterThreshold, ClaimSimilarity.ClusterThreshold, sim.Score);
            return score < join ? score * model.JoinThreshold / join
                : score < link ? model.JoinThreshold + ((score - join) * (model.Threshold - model.JoinThreshold) / (link - join))
                : model.Threshold + ((score - link) * (1 - model.Threshold) / (1 - link));
        }

        var features = pairs.Of(a, b);
        var p = Propositions.ClaimPairFeatures.HasSubstance(features) ? model.Probability(features) : 0;
        // One sum paid for one thing is the surest sign of one proposition there is: it links first, before the
        // looser links of its claims to others of their class.
        return Propositions.ClaimPairFeatures.SamePayment(a, b) ? 1 : p;
    }

    /// <summary>For each entity, the first entity with a spelling of the same transliteration-folded form.</summary>
    private static int[] SubjectsBySpelling(List<List<Names.NameForm>> aliasForms)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[aliasForms.Count];
        for (var i = 0; i < aliasForms.Count; i++)
        {
            result[i] = i;
            var folded = aliasForms[i].Select(f => f.FoldedText).Where(f => f.Length >= 4).ToList();
            foreach (var f in folded)
            {
                if (first.TryGetValue(f, out var earlier))
                {
                    result[i] = earlier;
                    break;
                }
            }

            foreach (var f in folded)
            {
                first.TryAdd(f, result[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// Each nationality entity (NORP) with the place entity its name is derived from: the longest beginning of the
    /// nationality's name (four letters at least) that is a place's name, or is one with "e" or "a" added ("Chile" in
    /// "Chilean", "Ostrav(e)" in "Ostravian"). Irregular pairs ("France", "French") stay apart.
    /// </summary>
    private static Dictionary<int, int> CountriesOfNationalities(IReadOnlyList<ResolvedEntity> entities)
    {
        var places = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == Core.Entities.EntityTypes.Gpe && entities[i].Name.Length >= 4)
            {
                places.TryAdd(entities[i].Name, i);
            }
        }

        var result = new Dictionary<int, int>();
        for (var i = 0; i < entities.Count; i++)
        {
            var name = entities[i].Name;
            if (entities[i].Type != Core.Entities.EntityTypes.Norp)
            {
                continue;
            }

            for (var cut = Math.Min(name.Length - 1, 16); cut >= 4; cut--)
            {
                var stem = name[..cut];
                if (places.TryGetValue(stem, out var place) || places.TryGetValue(stem + "e", out place) || places.TryGetValue(stem + "a", out place))
                {
                    result[i] = place;
                    break;
                }
            }
        }

        return result;
    }

    private ClaimSimilarity Similarity(ClaimRecord a, ClaimRecord b, HashSet<int>[] entitySets, List<ClaimTime>[] times)
    {
        var common = a.Words.Count(b.Words.Contains);
        var words = a.Words.Count + b.Words.Count == 0 ? 0 : 2.0 * common / (a.Words.Count + b.Words.Count);
        var ea = entitySets[a.Index];
        var eb = entitySets[b.Index];
        var shared = ea.Count(eb.Contains);
        var entities = ea.Count == 0 || eb.Count == 0 ? 0 : (double)shared / (ea.Count + eb.Count - shared);
        var sameAmount = a.Quantities.Any(qa => b.Quantities.Any(qb => qa.Unit == qb.Unit && qa.Value == qb.Value
            && (qa.Unit is not null || qa.Value >= 100)));
        var sameTime = times[a.Index].FirstOrDefault(ta => ta.Value is not null && ta.Direction is null
            && times[b.Index].Any(tb => tb.Value == ta.Value && tb.Direction is null));
        return new ClaimSimilarity(words, entities, sameAmount, sameTime is not null, sameTime?.Lo is { } lo && lo == sameTime.Hi);
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private List<ClaimCluster> BuildClusters(
        int[] parent, IReadOnlyList<ResolvedEntity> entities, IReadOnlyDictionary<int, int> nodeEntity, List<List<Names.NameForm>> aliasForms)
    {
        var aliasIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < aliasForms.Count; i++)
        {
            foreach (var form in aliasForms[i])
            {
                aliasIndex.TryAdd(form.Normalised, i);
            }
        }

        var groups = new SortedDictionary<int, List<ClaimRecord>>();
        foreach (var c in _claims)
        {
            var root = Find(parent, c.Index);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(c);
        }

        var clusters = new List<ClaimCluster>(groups.Count);
        foreach (var members in groups.Values)
        {
            var origins = new List<(string Key, string Label)>();
            var copied = new HashSet<long>();
            foreach (var c in members.OrderBy(c => c.PublishedOrder))
            {
                // A report that copies an earlier one's wording (a run of eight words or more) depends on it and
                // adds no origin of its own.
                var runs = WordRuns(c.Claim.Text);
                var copies = members.Any(o => o.Document.Id != c.Document.Id && o.PublishedOrder.CompareTo(c.PublishedOrder) < 0)
                    && runs.Overlaps(copied);
                copied.UnionWith(runs);
                var origin = OriginOf(c, entities, nodeEntity, aliasIndex);
                if (!copies && !origins.Any(o => o.Key == origin.Key))
                {
                    origins.Add(origin);
                }
            }

            var first = members.MinBy(c => c.PublishedOrder)!;
            clusters.Add(new ClaimCluster(
                $"k{clusters.Count + 1}",
                members.Select(c => c.Id).ToList(),
                members.Select(c => c.Document.Id).Distinct(StringComparer.Ordinal).Count(),
                origins.Count,
                origins.Select(o => o.Label).ToList(),
                first.Document.Id));
        }

        return clusters;
    }

    /// <summary>Length of a run of shared words that makes one report's claim a copy of another's.</summary>
    private const int CopiedRun = 8;

    /// <summary>Hashes of every run of <see cref="CopiedRun"/> consecutive words (lower case) of a text.</summary>
    private static HashSet<long> WordRuns(string text)
    {
        var words = WordPattern.Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var runs = new HashSet<long>();
        for (var i = 0; i + CopiedRun <= words.Count; i++)
        {
            var hash = new HashCode();
            for (var k = 0; k < CopiedRun; k++)
            {
                hash.Add(words[i + k], StringComparer.Ordinal);
            }

            runs.Add(hash.ToHashCode());
        }

        return runs;
    }

    /// <summary>The root of a claim's source chain, as one key per real source (an entity when the case knows it).</summary>
    private static (string Key, string Label) OriginOf(
        ClaimRecord c, IReadOnlyList<ResolvedEntity> entities, IReadOnlyDictionary<int, int> nodeEntity, Dictionary<string, int> aliasIndex)
    {
        if (c.OriginNode >= 0 && nodeEntity.TryGetValue(c.OriginNode, out var e))
        {
            return ($"e:{e}", entities[e].Name);
        }

        // "British channel Metro News": drop leading descriptor words until a known entity's name remains.
        var tokens = c.OriginName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < tokens.Length; skip++)
        {
            if (aliasIndex.TryGetValue(string.Join(' ', tokens.Skip(skip)), out var found))
            {
                return ($"e:{found}", entities[found].Name);
            }
        }

        var named = c.Claim.SourceChain.FirstOrDefault(l => !l.Anonymous || l.Resolved is not null);
        var label = named is not null ? CleanSourcePhrase(named.Resolved ?? named.Text)
            : c.Document.Source ?? "the author of " + c.Document.Name;
        return ($"n:{c.OriginName}", label);
    }

    /// <summary>
    /// A source phrase as a reader names it: cut where an appositive or a clause starts (a comma, a parenthesis, a
    /// colon, a quotation mark), so a span that ran on ("the Courier, the board signed a") still reads as a name.
    /// </summary>
    internal static string CleanSourcePhrase(string phrase)
    {
        var cut = phrase.IndexOfAny([',', ';', ':', '(', '"', '“', '”']);
        var name = (cut > 0 ? phrase[..cut] : phrase).Trim(' ', '\'', '’', '-', '–', '—');
        return name.Length > 0 ? name : phrase.Trim();
    }

    private static string Verb(ClaimRecord c) => c.Claim.Stance switch
    {
        Stances.Deny => "denies",
        Stances.Admit => "admits",
        Stances.Accuse => "accuses",
        Stances.Question => "questions",
        Stances.Request => "asks for",
        _ => "states",
    };

    private static string Squash(string text, int max = 160)
    {
        var s = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length <= max ? s : s[..(max - 3)] + "...";
    }
}
