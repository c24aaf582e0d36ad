namespace Triangulate.Export.Graph;

/// <summary>A node: an entity, a source that is not an entity (an anonymous or unresolved one), or a report speaking in its own voice.</summary>
/// <param name="Id">Entity id (<c>e12</c>), <c>r-DOC</c> for a report, <c>s1</c>, <c>s2</c>, ... for other sources.</param>
/// <param name="Label">Name shown.</param>
/// <param name="Kind"><c>entity</c>, <c>source</c> or <c>report</c>.</param>
/// <param name="Type">Entity type; <c>ANONYMOUS</c> or <c>SOURCE</c> for other sources; <c>REPORT</c>.</param>
/// <param name="Mentions">How many times the reports name it.</param>
/// <param name="Reports">How many reports name it (or hold it, for a source).</param>
/// <param name="Documents">Those reports' file names, separated by <c>; </c>.</param>
/// <param name="Aliases">Every spelling, separated by <c>; </c>.</param>
/// <param name="Claims">How many claims it is the speaker of.</param>
public sealed record GraphNode(string Id, string Label, string Kind, string Type, int Mentions, int Reports, string Documents, string Aliases, int Claims);

/// <summary>An edge.</summary>
/// <param name="Id">Edge id (<c>a1</c> said about, <c>c1</c> cites, <c>o1</c> co-occurs, <c>x1</c> contradicts).</param>
/// <param name="Source">Source node id.</param>
/// <param name="Target">Target node id.</param>
/// <param name="Directed">False for co-occurrence and contradiction.</param>
/// <param name="Kind"><c>said_about</c>, <c>cites</c>, <c>co_occurs</c> or <c>contradicts</c>.</param>
/// <param name="Stance">The stance of the claims, for <c>said_about</c>; the contradiction's kind for <c>contradicts</c>.</param>
/// <param name="Weight">How many claims make the edge.</param>
/// <param name="Claims">Their ids, separated by <c>; </c>.</param>
/// <param name="Documents">Their reports' file names, separated by <c>; </c>.</param>
/// <param name="Explanation">Why two claims conflict, for <c>contradicts</c>.</param>
public sealed record GraphEdge(string Id, string Source, string Target, bool Directed, string Kind, string? Stance, int Weight, string Claims, string Documents, string? Explanation);

/// <summary>
/// The case as a network Gephi opens: entities and sources as nodes; who said what about whom (the speaker of a claim
/// to each entity it names, by stance), who cites whom along source chains, entities named in one claim (weighted by
/// claims), and contradictions between the claims' speakers. GraphML and GEXF write the same graph.
/// </summary>
public sealed record CaseGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    private const string Separator = "; ";

    /// <summary>Builds the graph of a case.</summary>
    public static CaseGraph Of(CaseFile caseFile)
    {
        var lookup = new CaseLookup(caseFile);
        var nodes = new List<GraphNode>();
        var speakerClaims = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in caseFile.Entities)
        {
            var documents = CaseLookup.DocumentsOf(entity);
            nodes.Add(new GraphNode(entity.Id, entity.Name, "entity", entity.Type, entity.Mentions.Count, documents.Count,
                string.Join(Separator, documents.Select(lookup.DocumentName)), string.Join(Separator, entity.Aliases), 0));
        }

        // Sources that are no entity: a report's own voice, or an anonymous or unresolved source within one report.
        var others = new Dictionary<(string Doc, string Key), (string Id, GraphNode Node)>();
        var sources = 0;
        string NodeOf(CaseClaim claim, CaseSourceLink link)
        {
            if (link.Entity is { } entityId && lookup.Entity(entityId) is not null)
            {
                return entityId;
            }

            var own = link.Cue is null;
            var key = own ? string.Empty : string.Join(' ', link.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (!others.TryGetValue((claim.Doc, key), out var node))
            {
                var id = own ? "r-" + claim.Doc : $"s{++sources}";
                node = (id, new GraphNode(id, own ? lookup.DocumentLabel(claim.Doc) : link.Text, own ? "report" : "source",
                    own ? "REPORT" : link.Anonymous ? "ANONYMOUS" : "SOURCE", 0, 1, lookup.DocumentName(claim.Doc), own ? string.Empty : link.Text, 0));
                others[(claim.Doc, key)] = node;
            }

            return node.Id;
        }

        var edges = new EdgeSet(lookup);
        foreach (var claim in caseFile.Claims)
        {
            var speaker = NodeOf(claim, lookup.Speaker(claim));
            speakerClaims[speaker] = speakerClaims.GetValueOrDefault(speaker) + 1;
            foreach (var entity in claim.Entities.Distinct(StringComparer.Ordinal).Where(e => e != speaker && lookup.Entity(e) is not null))
            {
                edges.Add("said_about", speaker, entity, directed: true, claim.Stance, claim);
            }

            // The chain, from the report through each source it cites.
            if (claim.SourceChain.Count > 0 && claim.SourceChain[0].Cue is not null)
            {
                var previous = NodeOf(claim, new CaseSourceLink(null, claim.Doc, null, false));
                foreach (var link in claim.SourceChain)
                {
                    var next = NodeOf(claim, link);
                    if (next != previous)
                    {
                        edges.Add("cites", previous, next, directed: true, null, claim);
                    }

                    previous = next;
                }
            }

            var named = claim.Entities.Where(e => lookup.Entity(e) is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < named.Count; i++)
            {
                for (var j = i + 1; j < named.Count; j++)
                {
                    edges.Add("co_occurs", named[i], named[j], directed: false, null, claim);
                }
            }
        }

        foreach (var contradiction in caseFile.Contradictions)
        {
            // The first claim of each side stands for the disagreement in the graph.
            var claims = contradiction.Claims.Take(2).Select(lookup.Claim).OfType<CaseClaim>().ToList();
            if (claims.Count == 2)
            {
                edges.AddContradiction(NodeOf(claims[0], lookup.Speaker(claims[0])), NodeOf(claims[1], lookup.Speaker(claims[1])), contradiction, claims);
            }
        }

        nodes.AddRange(others.Values.Select(o => o.Node));
        return new CaseGraph(
            nodes.Select(n => n with { Claims = speakerClaims.GetValueOrDefault(n.Id) }).ToList(),
            edges.ToList());
    }

    /// <summary>Edges keyed by kind, ends and stance, each counting its claims.</summary>
    private sealed class EdgeSet(CaseLookup lookup)
    {
        private readonly Dictionary<(string Kind, string From, string To, string? Stance), int> _index = [];
        private readonly List<(GraphEdge Edge, List<string> Claims, List<string> Documents)> _edges = [];
        private readonly Dictionary<string, int> _perKind = new(StringComparer.Ordinal);

        public void Add(string kind, string from, string to, bool directed, string? stance, CaseClaim claim)
        {
            if (!_index.TryGetValue((kind, from, to, stance), out var at))
            {
                at = _edges.Count;
                _index[(kind, from, to, stance)] = at;
                _edges.Add((new GraphEdge(NextId(kind), from, to, directed, kind, stance, 0, string.Empty, string.Empty, null), [], []));
            }

            var (_, claims, documents) = _edges[at];
            claims.Add(claim.Id);
            if (!documents.Contains(claim.Doc))
            {
                documents.Add(claim.Doc);
            }
        }

        public void AddContradiction(string from, string to, CaseContradiction contradiction, List<CaseClaim> claims) =>
            _edges.Add((new GraphEdge(NextId("contradicts"), from, to, false, "contradicts", contradiction.Kind, 0, string.Empty, string.Empty, contradiction.Explanation),
                claims.Select(c => c.Id).ToList(), claims.Select(c => c.Doc).Distinct(StringComparer.Ordinal).ToList()));

        public List<GraphEdge> ToList() => _edges.Select(e => e.Edge with
        {
            Weight = e.Claims.Count,
            Claims = string.Join(Separator, e.Claims),
            Documents = string.Join(Separator, e.Documents.Select(lookup.DocumentName)),
        }).ToList();

        private string NextId(string kind)
        {
            var n = _perKind[kind] = _perKind.GetValueOrDefault(kind) + 1;
            var prefix = kind switch { "said_about" => "a", "cites" => "c", "co_occurs" => "o", _ => "x" };
            return prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
