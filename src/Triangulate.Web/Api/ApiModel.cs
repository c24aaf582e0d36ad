using Triangulate.Export;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Api;

/// <summary>Turns the parts of a <see cref="CaseView"/> into what the API returns.</summary>
internal static class ApiModel
{
    public static DocumentRef Doc(CaseView view, string id) =>
        view.Documents.TryGetValue(id, out var d)
            ? new DocumentRef(d.Id, d.Name, d.Title, d.Source, d.Published, d.PublishedInferred)
            : new DocumentRef(id, id, null, null, null, false);

    public static EntityRef Entity(CaseView view, CaseEntity e) => new(e.Id, e.Type, e.Name, view.DocumentCount.GetValueOrDefault(e.Id));

    public static ClusterRef? Cluster(CaseCluster? c) =>
        c is null ? null : new ClusterRef(c.Id, c.Claims.Count, c.Documents, c.IndependentOrigins, c.Origins);

    public static ClaimItem Claim(CaseView view, CaseClaim c) => new(
        c.Id, c.Text, Doc(view, c.Doc), c.Start, c.End, c.SourceChain, c.Stance, c.Modality,
        c.Entities.Select(id => view.Entities.TryGetValue(id, out var e) ? Entity(view, e) : null).OfType<EntityRef>().ToList(),
        c.Times, c.Quantities, Cluster(view.ClusterOf.GetValueOrDefault(c.Id)), view.Contradicted.Contains(c.Id), c.Content, c.PartOf);

    public static ContradictionItem? Contradiction(CaseView view, CaseContradiction c) =>
        view.Claims.TryGetValue(c.Claims[0], out var a) && view.Claims.TryGetValue(c.Claims[1], out var b)
            ? new ContradictionItem(CaseView.ContradictionKey(a.Id, b.Id), c.Kind, c.Explanation, view.StatusOf(c), Claim(view, a), Claim(view, b))
            : null;

    public static ClusterItem? ClusterItem(CaseView view, CaseCluster c) =>
        c.Claims.Count > 0 && view.Claims.TryGetValue(c.Claims[0], out var first)
            ? new ClusterItem(
                Cluster(c)!,
                Claim(view, first),
                c.FirstReportedBy.Length > 0 ? Doc(view, c.FirstReportedBy) : null,
                c.Claims.Select(id => view.Claims.GetValueOrDefault(id)?.Doc).OfType<string>().Distinct().Select(d => Doc(view, d)).ToList())
            : null;

    public static Page<T> Paged<T>(IEnumerable<T> items, int? offset, int? limit, int defaultLimit = 50)
    {
        var all = items as IReadOnlyList<T> ?? items.ToList();
        var from = Math.Clamp(offset ?? 0, 0, all.Count);
        var take = Math.Clamp(limit ?? defaultLimit, 1, 500);
        return new Page<T>(all.Count, from, all.Skip(from).Take(take).ToList());
    }

    /// <summary>Contradictions in the order a reader wants them: open ones first, then confirmed, dismissed last.</summary>
    public static IEnumerable<CaseContradiction> OrderedContradictions(CaseView view) =>
        view.File.Contradictions.OrderBy(c => view.StatusOf(c) switch { "open" => 0, "confirmed" => 1, _ => 2 });
}
