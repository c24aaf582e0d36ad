using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Cases;
using Triangulate.Export;
using Triangulate.Web.Hosting;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>Entities, and the user's decisions on them (stored as the CLI stores them: by spelling).</summary>
internal static class EntityEndpoints
{
    /// <summary>Reports listed under each spelling (a country named in 600 reports lists the first 25 and the count).</summary>
    public const int MaxVariantDocuments = 25;

    /// <summary>Mentions listed (document, offsets, text); the count says how many there are in all.</summary>
    public const int MaxMentions = 200;

    public static RouteGroupBuilder MapEntities(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/entities").WithTags("Entities");
        group.MapGet("/", List).WithSummary("Entities, most reported first (filter by type or part of a spelling).");
        group.MapGet("/{id}", Get).WithSummary("An entity: its spellings and who used each, why they were merged, its claims and neighbours.");

        var decisions = group.MapGroup("/{id}").AddEndpointFilter<AntiforgeryFilter>();
        decisions.MapPost("/merge", Merge).WithSummary("Declare that this entity and another (id or spelling) are one.");
        decisions.MapPost("/split", Split).WithSummary("Take a spelling out of this entity: it becomes an entity of its own.");
        decisions.MapPost("/reject", Reject).WithSummary("Declare that this is no entity (\"Click here\"): left out now and after every add.");
        decisions.MapPost("/rename", Rename).WithSummary("Give this entity its preferred name.");
        return api;
    }

    private static Ok<Page<EntityRef>> List(CaseHost host, string? type, string? q, int? offset, int? limit)
    {
        var view = host.View;
        var ordered = (List<CaseEntity>)view.Memo.GetOrAdd("entities", _ => view.File.Entities
            .OrderByDescending(e => view.DocumentCount.GetValueOrDefault(e.Id)).ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList());
        var entities = ordered
            .Where(e => (type is null || e.Type.Equals(type, StringComparison.OrdinalIgnoreCase)) &&
                (q is null || e.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)) || e.Name.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .Select(e => ApiModel.Entity(view, e));
        return TypedResults.Ok(ApiModel.Paged(entities, offset, limit, 100));
    }

    private static Results<Ok<EntityDetail>, NotFound<string>> Get(CaseHost host, string id, int? offset, int? limit)
    {
        var view = host.View;
        if (!view.Entities.TryGetValue(id, out var entity))
        {
            return TypedResults.NotFound($"no entity '{id}'");
        }

        var claims = view.ClaimsByEntity.GetValueOrDefault(id) ?? [];
        var neighbours = claims.SelectMany(c => c.Entities.Distinct()).Where(e => e != id)
            .GroupBy(e => e).OrderByDescending(g => g.Count()).Take(20)
            .Select(g => new Neighbour(ApiModel.Entity(view, view.Entities[g.Key]), g.Count())).ToList();
        var page = ApiModel.Paged(claims, offset, limit);
        return TypedResults.Ok(new EntityDetail(
            ApiModel.Entity(view, entity),
            entity.Titles,
            entity.Variants.Select(v => new VariantItem(v.Text, v.Documents.Count, v.Documents.Take(MaxVariantDocuments).Select(d => ApiModel.Doc(view, d)).ToList())).ToList(),
            entity.Mentions.Count,
            entity.Mentions.Take(MaxMentions).ToList(),
            view.Explanations.GetValueOrDefault(id) ?? [],
            new Page<ClaimItem>(page.Total, page.Offset, page.Items.Select(c => ApiModel.Claim(view, c)).ToList()),
            neighbours));
    }

    private static Task<Results<Ok<DecisionResult>, NotFound<string>, BadRequest<string>>> Merge(CaseHost host, string id, MergeRequest request) =>
        Decide(host, id, DecisionKeys.Merge, view => view.Entities.TryGetValue(request.With, out var other) ? SpellingOf(other)
            : view.File.Entities.SelectMany(e => e.Aliases).FirstOrDefault(a => a.Equals(request.With, StringComparison.OrdinalIgnoreCase)));

    private static Task<Results<Ok<DecisionResult>, NotFound<string>, BadRequest<string>>> Split(CaseHost host, string id, SplitRequest request) =>
        Decide(host, id, DecisionKeys.Split, view => view.Entities[id].Aliases.FirstOrDefault(a => a.Equals(request.Alias, StringComparison.Ordinal)));

    private static Task<Results<Ok<DecisionResult>, NotFound<string>, BadRequest<string>>> Reject(CaseHost host, string id) =>
        Decide(host, id, DecisionKeys.Reject, _ => string.Empty);

    private static Task<Results<Ok<DecisionResult>, NotFound<string>, BadRequest<string>>> Rename(CaseHost host, string id, RenameRequest request) =>
        Decide(host, id, DecisionKeys.Rename, _ => string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200 ? null : request.Name.Trim());

    /// <summary>
    /// Stores a decision by spelling, exactly as the CLI does, so that every later <c>add</c> (from here or from the
    /// CLI) honours it. The entity is named by the id the page showed, read from the view the page was built from.
    /// </summary>
    private static async Task<Results<Ok<DecisionResult>, NotFound<string>, BadRequest<string>>> Decide(
        CaseHost host, string id, string kind, Func<CaseView, string?> second)
    {
        var view = host.View;
        if (!view.Entities.TryGetValue(id, out var entity))
        {
            return TypedResults.NotFound($"no entity '{id}' (the page may be out of date: reload it)");
        }

        var first = SpellingOf(entity);
        var b = second(view);
        if (b is null)
        {
            return TypedResults.BadRequest(kind switch
            {
                DecisionKeys.Merge => "no entity with that id or spelling to merge with",
                DecisionKeys.Split => $"'{entity.Name}' has no such spelling",
                _ => "a name of 1 to 200 characters is needed",
            });
        }

        if (kind == DecisionKeys.Split && entity.Aliases.Count < 2)
        {
            return TypedResults.BadRequest("an entity with one spelling cannot be split");
        }

        var after = await host.ChangeAsync(workspace => workspace.Decide(kind, first, b));
        var now = DecisionKeys.EntityWith(after, kind == DecisionKeys.Split ? b : first);
        var message = kind switch
        {
            DecisionKeys.Merge => $"merged: '{first}' and '{b}' are one entity",
            DecisionKeys.Split => $"split: '{b}' is an entity of its own",
            DecisionKeys.Reject => $"rejected: '{first}' is no entity",
            _ => $"renamed: '{b}'",
        };
        return TypedResults.Ok(new DecisionResult(kind, kind == DecisionKeys.Reject ? null : now?.Id, message));
    }

    /// <summary>The spelling most reports used: an alias a decision can name (a preferred name may not be one).</summary>
    private static string SpellingOf(CaseEntity entity) =>
        entity.Variants.Count == 0 ? entity.Name : entity.Variants.OrderByDescending(v => v.Documents.Count).First().Text;
}
