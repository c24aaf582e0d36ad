namespace Triangulate.Resolution.Entities;

/// <summary>Builds the entity list of a snapshot, with the user's decisions applied on top of resolution.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>Entities in order of first mention, and the entity index each (node, mention start) ended in.</summary>
    public (List<ResolvedEntity> Entities, Dictionary<int, int> NodeEntity) Snapshot(IReadOnlyList<ResolutionDecision> decisions)
    {
        // The sets, in order of their first node, from the parent links; each set's explanation lines in the order
        // they were recorded.
        if (_firstNode != 0)
        {
            throw new InvalidOperationException("A snapshot needs every node: replay the stored index first.");
        }

        var byRoot = new Dictionary<int, Draft>();
        var drafts = new List<Draft>();
        foreach (var node in _nodes)
        {
            var root = Find(node.Index);
            if (!byRoot.TryGetValue(root, out var draft))
            {
                byRoot[root] = draft = new Draft { Anchor = node.Index };
                drafts.Add(draft);
            }

            draft.Mentions.AddRange(node.Mentions.Select(m => (node, m)));
        }

        foreach (var (node, line) in _state.RecordedLines)
        {
            byRoot[Find(node)].Explanation.Add(line);
        }

        foreach (var decision in decisions)
        {
            if (string.Equals(decision.Kind, "merge", StringComparison.OrdinalIgnoreCase))
            {
                ApplyMerge(drafts, decision);
            }
            else if (string.Equals(decision.Kind, "split", StringComparison.OrdinalIgnoreCase))
            {
                ApplySplit(drafts, decision);
            }
            else if (string.Equals(decision.Kind, "reject", StringComparison.OrdinalIgnoreCase))
            {
                // A false entity ("Click here"): its mentions are dropped, and so are those of any later report.
                foreach (var draft in drafts.Where(d => d.HasAlias(decision.A)))
                {
                    draft.Mentions.Clear();
                }
            }
            else if (string.Equals(decision.Kind, "rename", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var draft in drafts.Where(d => d.HasAlias(decision.A)))
                {
                    draft.Name = decision.B;
                    draft.Explanation.Add($"named \"{decision.B}\" by decision");
                }
            }
        }

        var ordered = drafts.Where(d => d.Mentions.Count > 0)
            .Select(d => (Draft: d, First: d.Mentions.Min(x => (x.Node.Sequence, x.Mention.Start))))
            .OrderBy(x => x.First.Sequence).ThenBy(x => x.First.Start)
            .Select(x => x.Draft).ToList();
        var ids = StableIds(drafts.Where(d => d.Mentions.Count > 0));
        var entities = new List<ResolvedEntity>(ordered.Count);
        var nodeEntity = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            foreach (var (node, _) in d.Mentions)
            {
                // A node split between entities goes to the one holding most of its mentions; ties: the first.
                nodeEntity.TryAdd(node.Index, i);
            }

            entities.Add(Build(ids[d], d));
        }

        return (entities, nodeEntity);
    }

    /// <summary>
    /// Ids that stay valid as the case grows and changes: an entity is named by the first node of its set ("e" and
    /// that node's number), which later reports never change, and which splitting another entity off or merging
    /// another in leaves alone. A part split off by decision takes the first node of its own mentions, or, when that
    /// node is shared with the entity it left, the entity's id with ".1", ".2"; the drafts come in the order they
    /// were made, so the entity that stays keeps its id.
    /// </summary>
    private static Dictionary<Draft, string> StableIds(IEnumerable<Draft> drafts)
    {
        var ids = new Dictionary<Draft, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var id = $"e{draft.Anchor + 1}";
            for (var k = 1; !used.Add(id); k++)
            {
                id = $"e{draft.Anchor + 1}.{k}";
            }

            ids[draft] = id;
        }

        return ids;
    }

    private static ResolvedEntity Build(string id, Draft draft)
    {
        var mentions = draft.Mentions.OrderBy(x => x.Node.Sequence).ThenBy(x => x.Mention.Start).ToList();
        var type = TypeVote.Choose(mentions.Select(x => (x.Mention.Text, x.Node.Type)));
        var aliases = new List<(string Text, List<string> Docs, int Count)>();
        foreach (var (node, m) in mentions)
        {
            var index = aliases.FindIndex(a => a.Text == m.Text);
            if (index < 0)
            {
                aliases.Add((m.Text, [node.DocumentId], 1));
                continue;
            }

            var a = aliases[index];
            if (!a.Docs.Contains(node.DocumentId))
            {
                a.Docs.Add(node.DocumentId);
            }

            aliases[index] = (a.Text, a.Docs, a.Count + 1);
        }

        // An anaphor the entity stage linked to a name ("the publication", "the agency") is a mention, not a
        // spelling: it starts in lower case. It never names the entity and is not listed among its spellings.
        var spellings = aliases.Where(a => a.Text.Length > 0 && !char.IsLower(a.Text[0])).ToList();
        if (spellings.Count > 0)
        {
            aliases = spellings;
        }

        var name = draft.Name ?? aliases.OrderByDescending(a => a.Docs.Count).ThenByDescending(a => a.Count)
            .ThenByDescending(a => a.Text.Length).First().Text;
        return new ResolvedEntity(
            id,
            type,
            name,
            aliases.Select(a => new EntityAlias(a.Text, a.Docs)).ToList(),
            mentions.Select(x => x.Mention).ToList(),
            draft.Explanation.ToList());
    }

    private static void ApplyMerge(List<Draft> drafts, ResolutionDecision decision)
    {
        var withA = drafts.Where(d => d.HasAlias(decision.A)).ToList();
        var withB = drafts.Where(d => d.HasAlias(decision.B)).ToList();
        if (withA.Count == 0 || withB.Count == 0)
        {
            return;
        }

        // The oldest entity takes the others in, and keeps its id.
        var involved = withA.Concat(withB).Distinct().ToList();
        var target = involved.MinBy(d => d.Anchor)!;
        foreach (var other in involved)
        {
            if (other == target)
            {
                continue;
            }

            target.Mentions.AddRange(other.Mentions);
            target.Explanation.AddRange(other.Explanation);
            other.Mentions.Clear();
        }

        target.Explanation.Add($"merged by decision: \"{decision.A}\" and \"{decision.B}\" are one");
    }

    private static void ApplySplit(List<Draft> drafts, ResolutionDecision decision)
    {
        foreach (var draft in drafts.Where(d => d.HasAlias(decision.A) && d.HasAlias(decision.B)).ToList())
        {
            var moved = draft.Mentions.Where(x => string.Equals(x.Mention.Text, decision.B, StringComparison.OrdinalIgnoreCase)).ToList();
            if (moved.Count == 0 || moved.Count == draft.Mentions.Count)
            {
                continue;
            }

            draft.Mentions.RemoveAll(x => string.Equals(x.Mention.Text, decision.B, StringComparison.OrdinalIgnoreCase));
            var split = new Draft { Anchor = moved.Min(x => x.Node.Index) };
            split.Mentions.AddRange(moved);
            split.Explanation.Add($"split by decision: \"{decision.B}\" is not \"{decision.A}\"");
            draft.Explanation.Add($"split by decision: \"{decision.B}\" left this entity");
            drafts.Add(split);
        }
    }

    private sealed class Draft
    {
        public List<(EntityNode Node, MentionRef Mention)> Mentions { get; } = [];

        public List<string> Explanation { get; } = [];

        /// <summary>The first node of the entity's set (of its own mentions, for a part split off): its id.</summary>
        public int Anchor { get; init; }

        /// <summary>The preferred name a user gave the entity, or null for the spelling used most.</summary>
        public string? Name { get; set; }

        public bool HasAlias(string alias) =>
            Mentions.Any(x => string.Equals(x.Mention.Text, alias, StringComparison.OrdinalIgnoreCase)
                || string.Equals(x.Node.Canonical, alias, StringComparison.OrdinalIgnoreCase));
    }
}
