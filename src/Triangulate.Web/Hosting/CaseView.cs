using Triangulate.Export;
using Triangulate.Resolution;

namespace Triangulate.Web.Hosting;

/// <summary>
/// One immutable view of the case as the web shows it: the case file (the model of the JSON export) with the lookups
/// every page needs, built once when the case changes so that a request only reads dictionaries.
/// </summary>
internal sealed class CaseView
{
    public CaseView(CaseFile file, CaseResolution resolution, IReadOnlyList<(string Kind, string A, string B)> decisions, CaseStamp stamp)
    {
        File = file;
        Stamp = stamp;
        Documents = file.Documents.ToDictionary(d => d.Id);
        Entities = file.Entities.ToDictionary(e => e.Id);
        Claims = file.Claims.ToDictionary(c => c.Id);
        Explanations = resolution.Entities.ToDictionary(e => e.Id, e => e.Explanation);
        Sequence = file.Documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);

        foreach (var cluster in file.Clusters)
        {
            foreach (var claim in cluster.Claims)
            {
                ClusterOf[claim] = cluster;
            }
        }

        foreach (var claim in file.Claims)
        {
            Add(ClaimsByDocument, claim.Doc, claim);
            foreach (var entity in claim.Entities)
            {
                Add(ClaimsByEntity, entity, claim);
            }
        }

        foreach (var time in file.Times)
        {
            Add(TimesByDocument, time.Doc, time);
        }

        foreach (var quantity in file.Quantities)
        {
            Add(QuantitiesByDocument, quantity.Doc, quantity);
        }

        foreach (var entity in file.Entities)
        {
            DocumentCount[entity.Id] = entity.Variants.SelectMany(v => v.Documents).Distinct().Count();
            foreach (var mention in entity.Mentions)
            {
                Add(MentionsByDocument, mention.Doc, (entity.Id, mention));
            }
        }

        // The user's word on each contradiction (the last one counts), by the key of its two claims.
        foreach (var (kind, a, b) in decisions)
        {
            if (kind is Cases.DecisionKeys.Confirm or Cases.DecisionKeys.Dismiss)
            {
                ContradictionStatus[ContradictionKey(a, b)] = kind == Cases.DecisionKeys.Confirm ? "confirmed" : "dismissed";
            }
        }

        foreach (var contradiction in file.Contradictions)
        {
            Contradictions[ContradictionKey(contradiction.Claims[0], contradiction.Claims[1])] = contradiction;
            foreach (var claim in contradiction.Claims)
            {
                Contradicted.Add(claim);
            }
        }
    }

    public CaseFile File { get; }

    public CaseStamp Stamp { get; }

    public Dictionary<string, CaseDocument> Documents { get; }

    public Dictionary<string, CaseEntity> Entities { get; }

    public Dictionary<string, CaseClaim> Claims { get; }

    public Dictionary<string, IReadOnlyList<string>> Explanations { get; }

    /// <summary>The position of each document in the case (the order it was added).</summary>
    public Dictionary<string, int> Sequence { get; }

    public Dictionary<string, CaseCluster> ClusterOf { get; } = [];

    public Dictionary<string, List<CaseClaim>> ClaimsByDocument { get; } = [];

    public Dictionary<string, List<CaseClaim>> ClaimsByEntity { get; } = [];

    public Dictionary<string, List<CaseTime>> TimesByDocument { get; } = [];

    public Dictionary<string, List<CaseQuantity>> QuantitiesByDocument { get; } = [];

    public Dictionary<string, List<(string Entity, CaseMention Mention)>> MentionsByDocument { get; } = [];

    public Dictionary<string, int> DocumentCount { get; } = [];

    public Dictionary<string, string> ContradictionStatus { get; } = [];

    public Dictionary<string, CaseContradiction> Contradictions { get; } = [];

    public HashSet<string> Contradicted { get; } = [];

    /// <summary>Answers computed once for this view (the overview, the ordered entity list), by name.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, object> Memo { get; } = new(StringComparer.Ordinal);

    /// <summary>A contradiction's key: its two claim ids in order, stable while the case grows.</summary>
    public static string ContradictionKey(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}~{b}" : $"{b}~{a}";

    public string StatusOf(CaseContradiction contradiction) =>
        ContradictionStatus.GetValueOrDefault(ContradictionKey(contradiction.Claims[0], contradiction.Claims[1]), "open");

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}

/// <summary>What a view was built from: when any of it changes, the view is built again.</summary>
/// <param name="ResolvedThrough">The last document sequence the resolution index covers.</param>
/// <param name="Decisions">How many decisions the case holds.</param>
internal readonly record struct CaseStamp(long ResolvedThrough, int Decisions);
