namespace Triangulate.Export;

/// <summary>
/// The case file indexed for the exporters: documents, claims and entities by id, the cluster of each claim, and
/// the provenance lines every format writes (which report, which source chain).
/// </summary>
public sealed class CaseLookup
{
    private readonly Dictionary<string, CaseDocument> _documents;
    private readonly Dictionary<string, CaseClaim> _claims;
    private readonly Dictionary<string, CaseEntity> _entities;
    private readonly Dictionary<string, CaseCluster> _clusterOfClaim = new(StringComparer.Ordinal);

    /// <summary>Indexes a case file.</summary>
    public CaseLookup(CaseFile caseFile)
    {
        Case = caseFile;
        _documents = caseFile.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _claims = caseFile.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _entities = caseFile.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var cluster in caseFile.Clusters)
        {
            foreach (var claim in cluster.Claims)
            {
                _clusterOfClaim.TryAdd(claim, cluster);
            }
        }
    }

    /// <summary>The case file.</summary>
    public CaseFile Case { get; }

    /// <summary>A document by id, or null.</summary>
    public CaseDocument? Document(string id) => _documents.GetValueOrDefault(id);

    /// <summary>A claim by id, or null.</summary>
    public CaseClaim? Claim(string id) => _claims.GetValueOrDefault(id);

    /// <summary>An entity by id, or null.</summary>
    public CaseEntity? Entity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The cluster a claim belongs to, or null.</summary>
    public CaseCluster? ClusterOf(string claimId) => _clusterOfClaim.GetValueOrDefault(claimId);

    /// <summary>The file name of a document (its id when unknown).</summary>
    public string DocumentName(string id) => Document(id)?.Name ?? id;

    /// <summary>A document as a reader names it: its outlet and date when known, else its file name.</summary>
    public string DocumentLabel(string id)
    {
        if (Document(id) is not { } d)
        {
            return id;
        }

        var label = d.Source is { Length: > 0 } source ? $"{source} ({d.Name})" : d.Name;
        return d.Published is null ? label : $"{label}, {d.Published}";
    }

    /// <summary>A claim's source chain as a path from its report: "report → Harbor Times → two senior officials".</summary>
    public string ChainPath(CaseClaim claim) => HtmlReport.ChainPath(claim, DocumentName(claim.Doc));

    /// <summary>
    /// Who a claim comes from in the end: the innermost link of its chain (the speaker the others cite), or the
    /// report's own voice when nobody is cited.
    /// </summary>
    public CaseSourceLink Speaker(CaseClaim claim) =>
        claim.SourceChain.Count > 0 ? claim.SourceChain[^1] : new CaseSourceLink(null, DocumentName(claim.Doc), null, false);

    /// <summary>The distinct documents naming an entity, in the order they entered the case.</summary>
    public static IReadOnlyList<string> DocumentsOf(CaseEntity entity) =>
        entity.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).ToList();
}
