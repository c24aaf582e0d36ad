using Triangulate.Resolution.Claims;
using Triangulate.Resolution.Entities;

namespace Triangulate.Resolution;

/// <summary>
/// Resolves a case across its reports, one document at a time: entities (one per real-world thing, whatever the
/// spelling), claim clusters with corroboration by independent origin, contradictions and the timeline. Adding a
/// document compares it only with what shares a blocking key with it, so its cost does not grow with the case; the
/// user's merge and split decisions are applied on every <see cref="Snapshot"/>.
/// </summary>
public sealed class CaseResolver
{
    private readonly List<ResolutionDecision> _decisions;
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly EntityIndex _entities = new();
    private readonly ClaimIndex _claims;

    /// <summary>Creates an empty case that will honour <paramref name="decisions"/>, in the order given.</summary>
    public CaseResolver(IEnumerable<ResolutionDecision>? decisions = null)
    {
        _decisions = decisions?.ToList() ?? [];
        _claims = new ClaimIndex(_entities);
    }

    /// <summary>How many documents the case holds.</summary>
    public int DocumentCount => _documents.Count;

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

    /// <summary>Adds a document (a document already in the case, by id, changes nothing).</summary>
    public void Add(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_documents.Add(document.Id))
        {
            return;
        }

        var mentionNodes = _entities.Add(document);
        _claims.Add(document, mentionNodes);
    }

    /// <summary>The current state of the case.</summary>
    public CaseResolution Snapshot()
    {
        var (entities, nodeEntity) = _entities.Snapshot(_decisions);
        var claims = _claims.Snapshot(entities, nodeEntity);
        return new CaseResolution(entities, claims.Clusters, claims.Contradictions, claims.Timeline);
    }
}
