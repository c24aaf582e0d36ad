using Triangulate.Resolution.Claims;
using Triangulate.Resolution.Entities;
using Triangulate.Resolution.Index;

namespace Triangulate.Resolution;

/// <summary>
/// Resolves a case across its reports, one document at a time: entities (one per real-world thing, whatever the
/// spelling), claim clusters with corroboration by independent origin, contradictions and the timeline. Adding a
/// document compares it only with what shares a blocking key with it, so its cost does not grow with the case; the
/// user's merge and split decisions are applied on every <see cref="Snapshot"/>.
/// </summary>
/// <remarks>
/// The index lives in memory (<see cref="CaseResolver(IEnumerable{ResolutionDecision})"/>) or in a store
/// (<see cref="Open"/>): then a run reads only the rows the new documents' keys reach and writes what changed on
/// <see cref="Save"/>, and a snapshot is built from the stored rows by <see cref="Replay"/>.
/// </remarks>
public sealed class CaseResolver
{
    /// <summary>
    /// The version of the stored index: its format and the rules that made it. A stored index of another version is
    /// rebuilt, so a case made by an older Triangulate is resolved by the current rules.
    /// </summary>
    public const string IndexVersion = "triangulate-resolution-4";

    private readonly List<ResolutionDecision> _decisions;
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly EntityIndex _entities;
    private readonly ClaimIndex _claims;

    /// <summary>Creates an empty case in memory that will honour <paramref name="decisions"/>, in the order given.</summary>
    public CaseResolver(IEnumerable<ResolutionDecision>? decisions = null)
        : this(null, null, decisions)
    {
    }

    private CaseResolver(IResolutionIndexStore? store, IndexHeader? header, IEnumerable<ResolutionDecision>? decisions)
    {
        _decisions = decisions?.ToList() ?? [];
        _entities = new EntityIndex(store, header);
        _claims = new ClaimIndex(_entities);
    }

    /// <summary>
    /// Opens the index kept in <paramref name="store"/> to add documents to it; an index of another
    /// <see cref="IndexVersion"/> is cleared first (<see cref="ThroughSequence"/> is then 0).
    /// </summary>
    public static CaseResolver Open(IResolutionIndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var header = store.LoadHeader();
        if (header is not null && header.Version != IndexVersion)
        {
            store.Clear();
            header = null;
        }

        return new CaseResolver(store, header, decisions: null);
    }

    /// <summary>How many documents the case holds.</summary>
    public int DocumentCount => _entities.State.Documents;

    /// <summary>Entities before the user's decisions: what the index holds now.</summary>
    public int EntityCount => _entities.State.Entities;

    /// <summary>The last document sequence the stored index covers (as of the last <see cref="Save"/>).</summary>
    public long ThroughSequence => _entities.State.ThroughSequence;

    /// <summary>
    /// Work units the last <see cref="Add"/> spent: name comparisons plus claim-block entries read. It stays flat as
    /// the case grows (blocks are read only at their most recent entries), which is what keeps adding cheap.
    /// </summary>
    public long LastAddWork => _entities.LastAddWork + _claims.LastAddWork;

    /// <summary>The part of <see cref="LastAddWork"/> spent on entities.</summary>
    public long LastAddEntityWork => _entities.LastAddWork;

    /// <summary>The decisions honoured.</summary>
    public IReadOnlyList<ResolutionDecision> Decisions => _decisions;

    /// <summary>Adds a decision; it applies from the next <see cref="Snapshot"/> on.</summary>
    public void AddDecision(ResolutionDecision decision) => _decisions.Add(decision);

    /// <summary>Adds a document (a document already added in this run, by id, changes nothing).</summary>
    public void Add(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_documents.Add(document.Id))
        {
            return;
        }

        var firstNode = _entities.State.Nodes;
        var firstClaim = _entities.State.Claims;
        var mentionNodes = _entities.Add(document);
        var candidates = _claims.Add(document, mentionNodes);
        _entities.State.AddDocument(new IndexedDocument(document.Sequence, firstNode, firstClaim, mentionNodes, candidates));
    }

    /// <summary>
    /// Writes what the documents added since the last save changed to the store, in one transaction, as covering the
    /// case through <paramref name="throughSequence"/>.
    /// </summary>
    public void Save(long throughSequence)
    {
        _entities.State.Save(IndexVersion, throughSequence);
        _entities.ForgetNodes();
        _claims.ForgetClaims();
    }

    /// <summary>The current state of a case held in memory.</summary>
    public CaseResolution Snapshot()
    {
        var (entities, nodeEntity) = _entities.Snapshot(_decisions);
        var claims = _claims.Snapshot(entities, nodeEntity);
        return new CaseResolution(entities, claims.Clusters, claims.Contradictions, claims.Timeline, claims.Updates);
    }

    /// <summary>The candidate pairs of claims of different documents with their pair-model features (training the model).</summary>
    internal List<(string A, string B, double[] Features)> ClaimPairs()
    {
        var (_, nodeEntity) = _entities.Snapshot(_decisions);
        return _claims.CandidatePairs(nodeEntity);
    }

    /// <summary>
    /// The state of a case whose index is in <paramref name="store"/>: every document's nodes and claims are made
    /// again from its annotations, joined as the stored parent links say, compared as the stored candidates say.
    /// Nothing is resolved again, so this costs a fraction of resolving the case from scratch.
    /// </summary>
    /// <param name="store">The index, up to date with <paramref name="documents"/>.</param>
    /// <param name="documents">Every document of the case, in sequence order.</param>
    /// <param name="decisions">The user's decisions, oldest first.</param>
    /// <exception cref="ResolutionIndexException">The index does not fit the documents: rebuild it.</exception>
    public static CaseResolution Replay(IResolutionIndexStore store, IEnumerable<AnnotatedDocument> documents, IEnumerable<ResolutionDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        var resolver = new CaseResolver(decisions);
        using var rows = store.LoadDocuments().GetEnumerator();
        foreach (var document in documents)
        {
            if (!rows.MoveNext() || rows.Current.Sequence != document.Sequence)
            {
                throw new ResolutionIndexException($"document {document.Name} is not in the resolution index");
            }

            resolver._entities.Replay(document, rows.Current);
            resolver._claims.Replay(document, rows.Current);
        }

        if (rows.MoveNext())
        {
            throw new ResolutionIndexException("the resolution index holds documents the case does not");
        }

        var state = resolver._entities.State;
        foreach (var (node, parent) in store.LoadParents())
        {
            if (node >= state.Nodes || parent >= state.Nodes)
            {
                throw new ResolutionIndexException($"the resolution index links node {node} it does not hold");
            }

            state.SetParent(node, parent);
        }

        foreach (var (node, line) in store.LoadLines())
        {
            state.AddLine(node, line);
        }

        return resolver.Snapshot();
    }
}
