using Triangulate.Core.Data;
using Triangulate.Core.Entities;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Entities;

/// <summary>
/// Cross-document entity resolution, incremental: each document's nodes are compared only with the entities that
/// share a blocking key with them (exact name, transliteration-folded name, consonant skeleton of the name and of
/// each word, acronym), and each block is read only at its most recent entries, so the cost of adding a document
/// does not grow with the case.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Score at or above which two names are taken for one thing.</summary>
    public const double MergeThreshold = 0.85;

    /// <summary>
    /// Score needed to merge two names one document keeps apart. The entity stage groups a document's mentions by
    /// its own rules, which know nothing of transliteration, so a report that spells one town two ways is merged too;
    /// the same bar applies.
    /// </summary>
    public const double SameDocumentThreshold = MergeThreshold;

    private const int BlockWindow = 48;
    private const int MaxCompared = 12;

    private static readonly Lazy<Dictionary<string, int>> TypeGroups = new(LoadTypeGroups);

    private readonly List<EntityNode> _nodes = [];
    private readonly List<int> _parent = [];
    private readonly Dictionary<int, EntityGroup> _groups = [];
    private readonly Dictionary<string, List<int>> _blocks = new(StringComparer.Ordinal);
    private readonly ResolutionData _data = ResolutionData.Default;
    private readonly Dictionary<string, NameForm> _forms = new(StringComparer.Ordinal);

    /// <summary>Work units (name comparisons) spent by the last <see cref="Add"/>.</summary>
    public long LastAddWork { get; private set; }

    /// <summary>All nodes, by index.</summary>
    public IReadOnlyList<EntityNode> Nodes => _nodes;

    /// <summary>The root of a node's set.</summary>
    public int Find(int node)
    {
        var root = node;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[node] != root)
        {
            var next = _parent[node];
            _parent[node] = root;
            node = next;
        }

        return root;
    }

    /// <summary>The group of a root.</summary>
    public EntityGroup Group(int root) => _groups[root];

    /// <summary>The roots, each once.</summary>
    public IEnumerable<int> Roots => _groups.Keys;

    /// <summary>Whether two entity types can describe one thing.</summary>
    public static bool TypesCompatible(string a, string b) =>
        a == b || string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)
        || (TypeGroups.Value.TryGetValue(a, out var ga) && TypeGroups.Value.TryGetValue(b, out var gb) && ga == gb);

    /// <summary>Adds one document's mentions and resolves them; returns the node of each mention, by mention index.</summary>
    public int[] Add(AnnotatedDocument document)
    {
        LastAddWork = 0;
        var mentionNodes = new int[document.Mentions.Count];
        var byCanonical = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var typed = document.Mentions.Select(m => (m.Text, TypeVote.MentionType(m.Text, m.Type, _data.CorporateSuffixes))).ToList();
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            var key = string.IsNullOrWhiteSpace(m.Canonical) ? m.Text : m.Canonical;
            if (TypeVote.ShortFormOf(i, typed, _data.CorporateSuffixes) is var full and >= 0)
            {
                // "Osterby" after "Osterby Marine Holdings": the company's short form, whatever a tagger took it for.
                var company = document.Mentions[full];
                key = string.IsNullOrWhiteSpace(company.Canonical) ? company.Text : company.Canonical;
                typed[i] = (m.Text, Core.Entities.EntityTypes.Org);
            }
            if (!byCanonical.TryGetValue(key, out var list))
            {
                byCanonical[key] = list = [];
            }

            list.Add(i);
        }

        var docNodes = new List<EntityNode>();
        foreach (var (canonical, indices) in byCanonical)
        {
            var type = TypeVote.Choose(indices.Select(i => typed[i]));
            var node = new EntityNode(_nodes.Count, document, type, canonical);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in indices.Select(i => document.Mentions[i].Text).Append(canonical))
            {
                var form = FormOf(text);
                if (!form.IsEmpty && !IsPronoun(form) && seen.Add(form.Normalised))
                {
                    node.Forms.Add(form);
                }
            }

            foreach (var i in indices)
            {
                var m = document.Mentions[i];
                node.Mentions.Add(new MentionRef(document.Id, m.Start, m.End, m.Text));
                mentionNodes[i] = node.Index;
            }

            _nodes.Add(node);
            _parent.Add(node.Index);
            _groups[node.Index] = new EntityGroup(node);
            docNodes.Add(node);
        }

        var context = docNodes.ToDictionary(n => n.Index, n => ContextKeys(n, docNodes));
        ApplyAliasEvidence(document, mentionNodes);
        JoinKnownNamesWithin(docNodes);
        foreach (var node in docNodes)
        {
            Resolve(node, context[node.Index]);
        }

        foreach (var node in docNodes)
        {
            var group = _groups[Find(node.Index)];
            foreach (var c in context[node.Index])
            {
                if (group.Context.Count < EntityGroup.MaxContext)
                {
                    group.Context.Add(c);
                }
            }

            Register(node);
        }

        return mentionNodes;
    }

    /// <summary>The form of a spelling, computed once per distinct spelling in the case (names recur in every report).</summary>
    private NameForm FormOf(string text)
    {
        if (!_forms.TryGetValue(text, out var form))
        {
            _forms[text] = form = NameForm.Of(text, _data);
        }

        return form;
    }

    private bool IsPronoun(NameForm form) => form.Tokens.Length == 1 && _data.Pronouns.Contains(form.Tokens[0]);

    /// <summary>Merges the sets of two nodes, recording why.</summary>
    public void Union(int a, int b, string reason)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        var ga = _groups[ra];
        var gb = _groups[rb];
        var (keep, drop) = ga.Members.Count >= gb.Members.Count ? (ra, rb) : (rb, ra);
        _parent[drop] = keep;
        _groups[keep].Absorb(_groups[drop]);
        _groups.Remove(drop);
        _groups[keep].Explanation.Add(reason);
    }

    private void Resolve(EntityNode node, HashSet<string> context)
    {
        // Candidates: every entity sharing a blocking key, scored by how telling the keys are (a whole-name key
        // outweighs one shared word); only the best few are compared, so the cost per node is bounded.
        var root = Find(node.Index);
        if (JoinKnownName(node, root))
        {
            return;
        }

        var weights = new Dictionary<int, int>();
        foreach (var key in node.Forms.SelectMany(KeysCached))
        {
            if (!_blocks.TryGetValue(key, out var block))
            {
                continue;
            }

            var weight = key[0] == 't' ? 1 : 4;
            for (var i = block.Count - 1; i >= 0 && i >= block.Count - BlockWindow; i--)
            {
                var r = Find(block[i]);
                if (r != root)
                {
                    weights[r] = weights.GetValueOrDefault(r) + weight;
                }
            }
        }

        var candidates = weights.OrderByDescending(w => w.Value).ThenByDescending(w => w.Key).Take(MaxCompared).Select(w => w.Key);
        var best = (Root: -1, Score: 0.0, Match: NameMatch.None, Shared: 0);
        foreach (var candidate in candidates)
        {
            var group = _groups[candidate];
            var groupType = group.Type;
            // Types must agree, except for a person's full name, which taggers also take for an organisation or a place.
            var compatible = TypesCompatible(node.Type, groupType);
            var person = node.Type == EntityTypes.Person || groupType == EntityTypes.Person;
            if (!compatible && !person)
            {
                continue;
            }

            var match = BestMatch(node, group);
            if (match.Score <= 0 || (!compatible && !match.SameFullName))
            {
                continue;
            }

            var shared = context.Count(group.Context.Contains);
            // Shared company (other names both occur with) supports a match, but only a little: two reports of
            // one story share all their names, and that must not turn a weak match into a merge.
            var score = match.Score + Math.Min(0.08, 0.04 * shared);
            var threshold = group.Documents.Contains(node.DocumentId) ? SameDocumentThreshold : MergeThreshold;
            if (score >= threshold && (score > best.Score || (score == best.Score && _groups[candidate].FirstNode < _groups[best.Root].FirstNode)))
            {
                best = (candidate, score, match, shared);
            }
        }

        if (best.Root >= 0)
        {
            var target = _groups[best.Root];
            var name = target.Forms.Values.First().Text;
            var because = best.Shared > 0 ? $"; {best.Shared} co-occurring names in common" : string.Empty;
            Union(node.Index, best.Root,
                $"\"{node.Forms[0].Text}\" ({node.DocumentName}) joined \"{name}\": {best.Match.Reason}{because} (score {best.Score:0.00})");
        }
    }

    /// <summary>Joins the nodes of one document that hold names of one line of the known names.</summary>
    private void JoinKnownNamesWithin(List<EntityNode> docNodes)
    {
        var first = new Dictionary<string, EntityNode>(StringComparer.Ordinal);
        foreach (var node in docNodes)
        {
            foreach (var key in node.Forms.SelectMany(KeysCached).Where(k => k.StartsWith(KnownKeyPrefix, StringComparison.Ordinal)))
            {
                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = node;
                }
                else if (earlier != node && Find(earlier.Index) != Find(node.Index) && TypesCompatible(node.Type, earlier.Type))
                {
                    Union(node.Index, earlier.Index,
                        $"\"{node.Forms[0].Text}\" and \"{earlier.Forms[0].Text}\" ({node.DocumentName}): two names of one thing in resolution-known-names.txt");
                }
            }
        }
    }

    /// <summary>Joins a node to the earliest entity holding another name of its line of the known names, if any.</summary>
    private bool JoinKnownName(EntityNode node, int root)
    {
        foreach (var form in node.Forms)
        {
            foreach (var key in KeysCached(form))
            {
                if (!key.StartsWith(KnownKeyPrefix, StringComparison.Ordinal) || !_blocks.TryGetValue(key, out var block))
                {
                    continue;
                }

                foreach (var entry in block)
                {
                    var other = Find(entry);
                    if (other != root && TypesCompatible(node.Type, _groups[other].Type))
                    {
                        var target = _groups[other];
                        Union(node.Index, other,
                            $"\"{form.Text}\" ({node.DocumentName}) joined \"{target.Forms.Values.First().Text}\": two names of one thing in resolution-known-names.txt");
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private NameMatch BestMatch(EntityNode node, EntityGroup group)
    {
        // Only spellings that share a blocking key are compared: the key is how the candidate was found, and a
        // spelling of the group that shares none ("Ministry of Defence" when the node is "Sergeyev") cannot match
        // this form better than the one that does. It keeps the comparisons per candidate near one, however many
        // spellings the group has gathered.
        var best = NameMatch.None;
        foreach (var a in node.Forms)
        {
            var keysA = KeysCached(a);
            foreach (var b in group.Forms.Values.Take(EntityGroup.MaxCompared))
            {
                if (!ShareKey(keysA, KeysCached(b)))
                {
                    continue;
                }

                LastAddWork++;
                var m = NameSimilarity.Compare(a, b, node.Type);
                if (m.Score > best.Score)
                {
                    best = m;
                }
            }
        }

        return best;
    }

    private void Register(EntityNode node)
    {
        var group = _groups[Find(node.Index)];
        foreach (var form in node.Forms)
        {
            if (group.Forms.Count < EntityGroup.MaxForms)
            {
                group.Forms.TryAdd(form.Normalised, form);
            }

            foreach (var key in KeysCached(form))
            {
                if (!group.Keys.Add(key))
                {
                    continue;
                }

                if (!_blocks.TryGetValue(key, out var block))
                {
                    _blocks[key] = block = [];
                }

                block.Add(node.Index);
            }
        }
    }
}
