using Triangulate.Core.Data;
using Triangulate.Core.Entities;
using Triangulate.Resolution.Index;
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
    /// <summary>
    /// Score at or above which two names are taken for one thing. Two names one document keeps apart need the same:
    /// the entity stage groups a document's mentions by its own rules, which know nothing of transliteration, so a
    /// report that spells one town two ways is merged too.
    /// </summary>
    public const double MergeThreshold = 0.85;

    private const int BlockWindow = 48;
    private const int MaxCompared = 12;

    private static readonly Lazy<Dictionary<string, int>> TypeGroups = new(LoadTypeGroups);

    // The nodes created since _firstNode (all of them without a store; with one, those of the documents since the
    // last save: older nodes are needed only by a snapshot, which replays them from the documents).
    private readonly List<EntityNode> _nodes = [];
    private int _firstNode;
    private readonly IndexState<EntityGroup> _state;
    private readonly ResolutionData _data = ResolutionData.Default;
    private readonly Dictionary<string, NameForm> _forms = new(StringComparer.Ordinal);

    /// <summary>An index over <paramref name="store"/> as of <paramref name="header"/>, or in memory only.</summary>
    public EntityIndex(IResolutionIndexStore? store = null, IndexHeader? header = null)
    {
        _state = new IndexState<EntityGroup>(store, header, text => EntityGroup.Read(text, FormOf), g => g.Write());
        _firstNode = _state.Nodes;
    }

    /// <summary>The index's blocks, counters and sets, which the claim index shares.</summary>
    public IndexState<EntityGroup> State => _state;

    /// <summary>Work units (name comparisons) spent by the last <see cref="Add"/>.</summary>
    public long LastAddWork { get; private set; }

    /// <summary>A node created in this run, by index.</summary>
    public EntityNode Node(int index) => _nodes[index - _firstNode];

    /// <summary>Forgets the nodes created so far (they are saved; only the next documents' nodes are looked up).</summary>
    public void ForgetNodes()
    {
        _firstNode = _state.Nodes;
        _nodes.Clear();
        if (_forms.Count > MaxCachedForms)
        {
            // A run over an archive meets ever more spellings: the caches start over rather than grow without end.
            _forms.Clear();
            _formKeys.Clear();
        }
    }

    private const int MaxCachedForms = 250_000;

    /// <summary>The root of a node's set.</summary>
    public int Find(int node)
    {
        var root = node;
        while (_state.Parent(root) is var parent && parent != root)
        {
            root = parent;
        }

        while (_state.Parent(node) is var next && next != root)
        {
            _state.SetParent(node, root);
            node = next;
        }

        return root;
    }

    /// <summary>Whether two entity types can describe one thing.</summary>
    public static bool TypesCompatible(string a, string b) =>
        a == b || string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)
        || (TypeGroups.Value.TryGetValue(a, out var ga) && TypeGroups.Value.TryGetValue(b, out var gb) && ga == gb);

    /// <summary>Adds one document's mentions and resolves them; returns the node of each mention, by mention index.</summary>
    public int[] Add(AnnotatedDocument document)
    {
        LastAddWork = 0;
        var (docNodes, mentionNodes) = CreateNodes(document);
        PrefetchBlockSets(docNodes);
        var context = docNodes.ToDictionary(n => n.Index, n => ContextKeys(n, docNodes));
        ApplyAliasEvidence(document, mentionNodes);
        JoinKnownNamesWithin(docNodes);
        JoinShortFormsWithin(docNodes);
        foreach (var node in docNodes)
        {
            Resolve(node, context[node.Index]);
        }

        foreach (var node in docNodes)
        {
            var root = Find(node.Index);
            var group = _state.Group(root);
            foreach (var c in context[node.Index])
            {
                if (group.Context.Count < EntityGroup.MaxContext)
                {
                    group.Context.Add(c);
                }
            }

            _state.Changed(root);

            Register(node);
        }

        return mentionNodes;
    }

    /// <summary>
    /// Recreates a document's nodes as <see cref="Add"/> made them, without resolving them (their sets come from the
    /// stored parent links): what a snapshot of a stored index does for each document.
    /// </summary>
    public void Replay(AnnotatedDocument document, Index.IndexedDocument stored)
    {
        if (_state.Nodes != stored.FirstNode)
        {
            throw new ResolutionIndexException($"document {document.Name}: its first entity node is {_state.Nodes}, the index says {stored.FirstNode}");
        }

        var (_, mentionNodes) = CreateNodes(document);
        if (!mentionNodes.AsSpan().SequenceEqual(stored.MentionNodes))
        {
            throw new ResolutionIndexException($"document {document.Name}: its mentions no longer make the nodes the index holds");
        }
    }

    /// <summary>The nodes of a document: its mentions grouped by canonical name, each group a node of its own set.</summary>
    private (List<EntityNode> Nodes, int[] MentionNodes) CreateNodes(AnnotatedDocument document)
    {
        var mentionNodes = new int[document.Mentions.Count];
        var byCanonical = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var typed = document.Mentions.Select(m => (m.Text, TypeVote.MentionType(m.Text, m.Type, _data.CorporateSuffixes))).ToList();
        var companies = TypeVote.CompaniesByFirstWord(typed, _data.CorporateSuffixes);
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            var key = string.IsNullOrWhiteSpace(m.Canonical) ? m.Text : m.Canonical;
            if (TypeVote.ShortFormOf(i, typed, companies) is var full and >= 0)
            {
                // "Osterby" after "Osterby Marine Holdings": the company's short form, whatever a tagger took it for.
                var company = document.Mentions[full];
                key = string.IsNullOrWhiteSpace(company.Canonical) ? company.Text : company.Canonical;
                typed[i] = (m.Text, Core.Entities.EntityTypes.Org);
                if (typed[full].Item2 == Core.Entities.EntityTypes.Person)
                {
                    // The full name the tagger took for a person's is the organisation's (it is named by its first word).
                    RetypeAll(typed, company.Text, Core.Entities.EntityTypes.Org);
                }
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
            var node = new EntityNode(_state.Nodes, document, type, canonical);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var named = FormOf(canonical) is { IsEmpty: false, IsCommon: false };
            foreach (var text in indices.Select(i => document.Mentions[i].Text).Append(canonical))
            {
                var form = FormOf(text);
                // "the company" tied to a name in its report is a mention of it, not a name to match other reports by.
                if (!form.IsEmpty && !IsPronoun(form) && !(named && form.IsCommon) && seen.Add(form.Normalised))
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
            _state.AddNode(new EntityGroup(node));
            docNodes.Add(node);
        }

        return (docNodes, mentionNodes);
    }

    private static void RetypeAll(List<(string Text, string Type)> typed, string text, string type)
    {
        for (var j = 0; j < typed.Count; j++)
        {
            if (typed[j].Text == text)
            {
                typed[j] = (text, type);
            }
        }
    }

    /// <summary>The document's blocks, then the parents of every node they list where they will be read, in two batches.</summary>
    private void PrefetchBlockSets(List<EntityNode> docNodes)
    {
        if (!_state.Stored)
        {
            return;
        }

        var keys = docNodes.SelectMany(n => n.Forms).SelectMany(KeysCached).ToHashSet(StringComparer.Ordinal);
        _state.PrefetchBlocks(keys);
        var nodes = new HashSet<int>();
        foreach (var key in keys)
        {
            if (_state.Block(key) is { } block)
            {
                var entries = block.Entries;
                for (var i = Math.Max(0, entries.Count - IndexState<EntityGroup>.Window); i < entries.Count; i++)
                {
                    nodes.Add(entries[i].Value);
                }
            }
        }

        _state.PrefetchParents(nodes);
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

    // "US" in capitals is a country, not "us".
    private bool IsPronoun(NameForm form) => form.Tokens.Length == 1 && !form.IsAcronym && _data.Pronouns.Contains(form.Tokens[0]);

    /// <summary>Merges the sets of two nodes, recording why.</summary>
    public void Union(int a, int b, string reason)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        var ga = _state.Group(ra);
        var gb = _state.Group(rb);
        var (keep, drop) = ga.Size >= gb.Size ? (ra, rb) : (rb, ra);
        _state.Group(keep).Absorb(_state.Group(drop));
        _state.Join(keep, drop);
        _state.AddLine(a, reason);
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
            if (_state.Block(key) is not { } block)
            {
                continue;
            }

            // A word key weighs little, unless few names hold the word ("A350" beside "Airbus"): a rare word tells.
            var weight = key[0] != 't' ? 4 : block.Count <= 3 ? 3 : 1;
            var entries = block.Entries;
            for (var i = entries.Count - 1; i >= 0 && i >= entries.Count - BlockWindow; i--)
            {
                var r = Find(entries[i].Value);
                if (r != root)
                {
                    weights[r] = weights.GetValueOrDefault(r) + weight;
                }
            }
        }

        var candidates = weights.OrderByDescending(w => w.Value).ThenByDescending(w => w.Key).Take(MaxCompared).Select(w => w.Key);
        var best = (Root: -1, Score: 0.0, Match: NameMatch.None, Shared: 0);
        var seriesMatches = 0;
        foreach (var candidate in candidates)
        {
            var group = _state.Group(candidate);
            var groupType = group.Type;
            // Types must agree, except for a person's full name, which taggers also take for an organisation or a place.
            var compatible = TypesCompatible(node.Type, groupType);
            var person = node.Type == EntityTypes.Person || groupType == EntityTypes.Person;

            // An exchange or index named as an organisation in one report and with "index" in another is one name.
            var indexPair = (node.Type, groupType) is (EntityTypes.Org, EntityTypes.Product) or (EntityTypes.Product, EntityTypes.Org);
            if (!compatible && !person && !indexPair)
            {
                continue;
            }

            var match = BestMatch(node, group);
            // A report's one-word "person" spelled exactly as a company of the case (written with its corporate
            // suffix somewhere: "Citigroup Inc."), with no fuller name of a person in that report ("Citigroup fell
            // 9.7%", tagged as a person), is the company.
            var company = node.Type == EntityTypes.Person && groupType == EntityTypes.Org && match.Score >= 1.0 &&
                node.Forms.All(f => f.Tokens.Length == 1) && group.ComparedForms.Any(f => f.HadCorporateSuffix);
            if (match.Score <= 0 || (!compatible && !match.SameFullName && !company && !(indexPair && match.IndexForm)))
            {
                continue;
            }

            seriesMatches += match.Series ? 1 : 0;
            var shared = context.Count(group.Context.Contains);
            // Shared company (other names both occur with) supports a match, but only a little: two reports of
            // one story share all their names, and that must not turn a weak match into a merge.
            var score = match.Score + Math.Min(0.08, 0.04 * shared);
            if (score >= MergeThreshold && (score > best.Score || (score == best.Score && group.FirstNode < _state.Group(best.Root).FirstNode)))
            {
                var across = compatible ? null
                    : company ? $"; a one-word name tagged {node.Type} is the company written with its suffix"
                    : indexPair && !match.SameFullName ? $"; {node.Type} and {groupType}: an organisation's name and the index named by it" : null;
                best = (candidate, score, across is null ? match : match with { Explain = () => match.Reason + across }, shared);
            }
        }

        // A short form that two numbered series could complete ("Nikkei" beside "Nikkei 225" and "Nikkei 300") is neither.
        if (best.Root >= 0 && !(best.Match.Series && seriesMatches > 1))
        {
            var target = _state.Group(best.Root);
            var name = target.FirstForm.Text;
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

    /// <summary>
    /// Within one report, a name that is part of exactly one longer name of the report, by the rules of whole-name
    /// evidence ("Federal Reserve" after "U.S. Federal Reserve", "A350" beside "Airbus A350"), or a product's name
    /// without its series number ("FTSE" beside "FTSE 100"), or an organisation's clipped name ("Fed" beside "Federal
    /// Reserve"), is its short form. Two
    /// longer names holding it ("Air Force" in a report naming the Royal Air Force and the US Air Force) leave it alone.
    /// </summary>
    private void JoinShortFormsWithin(List<EntityNode> docNodes)
    {
        if (docNodes.Count > 400)
        {
            return; // quadratic in a report's names: a very long report keeps its names as the entity stage made them
        }

        foreach (var node in docNodes)
        {
            if (node.Forms.Count == 0 || node.Forms[0].IsCommon)
            {
                continue;
            }

            var shortForm = node.Forms[0];
            EntityNode? only = null;
            var count = 0;
            NameMatch found = NameMatch.None;
            foreach (var other in docNodes)
            {
                if (other == node || other.Forms.Count == 0 || !TypesCompatible(node.Type, other.Type)
                    || (other.Forms[0].Tokens.Length <= shortForm.Tokens.Length && NameSimilarity.ClippedForm(shortForm, other.Forms[0], other.Type) is null))
                {
                    continue;
                }

                var match = NameSimilarity.SeriesShortForm(shortForm, other.Forms[0], other.Type)
                    ?? NameSimilarity.ClippedForm(shortForm, other.Forms[0], other.Type)
                    ?? NameSimilarity.Compare(shortForm, other.Forms[0], other.Type);
                // Longer names already one thing ("FTSE 100" and "FTSE 100 index") hold it once.
                if (match.Score >= 0.78 && match.Score < 1.0 && (only is null || Find(only.Index) != Find(other.Index)))
                {
                    only = other;
                    found = match;
                    count++;
                }
            }

            if (count == 1 && Find(only!.Index) != Find(node.Index))
            {
                Union(node.Index, only.Index,
                    $"\"{shortForm.Text}\" is the short form of \"{only.Forms[0].Text}\" in {node.DocumentName}: {found.Reason}");
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
                if (!key.StartsWith(KnownKeyPrefix, StringComparison.Ordinal) || _state.Block(key) is not { } block)
                {
                    continue;
                }

                // The earliest set first, among the entries anything reads (a known name's block lists few sets).
                var entries = block.Entries;
                for (var i = Math.Max(0, entries.Count - IndexState<EntityGroup>.Window); i < entries.Count; i++)
                {
                    var other = Find(entries[i].Value);
                    if (other != root && TypesCompatible(node.Type, _state.Group(other).Type))
                    {
                        var target = _state.Group(other);
                        Union(node.Index, other,
                            $"\"{form.Text}\" ({node.DocumentName}) joined \"{target.FirstForm.Text}\": two names of one thing in resolution-known-names.txt");
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
            foreach (var b in group.ComparedForms)
            {
                if (!ShareKey(keysA, KeysCached(b)))
                {
                    continue;
                }

                LastAddWork++;
                var m = NameSimilarity.Compare(a, b, node.Type);
                if (m.Score < 0.85 && group.Type == EntityTypes.Product &&
                    (NameSimilarity.SeriesShortForm(a, b, node.Type) ?? NameSimilarity.SeriesShortForm(b, a, node.Type)) is { } series &&
                    OneSeries(node.Forms, group.ComparedForms))
                {
                    m = series with { Series = true };
                }

                if (m.Score > best.Score)
                {
                    best = m;
                }
            }
        }

        return best;
    }

    // Across reports a name joins its numbered form only while one series number goes with it on both sides
    // ("Nikkei" and "Nikkei 225"; not a group that also holds "Nikkei 300").
    private static bool OneSeries(IEnumerable<NameForm> a, IEnumerable<NameForm> b)
    {
        var numbers = a.Concat(b).Where(f => f.Tokens.Length > 1 && f.Tokens[^1].All(char.IsAsciiDigit)).Select(f => f.Tokens[^1]).Distinct().Count();
        return numbers <= 1;
    }

    private void Register(EntityNode node)
    {
        var root = Find(node.Index);
        var group = _state.Group(root);
        _state.Changed(root);
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

                _state.Append(key, new BlockEntry(node.Index, 0));
            }
        }
    }
}
