using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Cases;
using Triangulate.Web.Hosting;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>Contradictions, both sides, and the user's word on each (confirmed or dismissed).</summary>
internal static class ContradictionEndpoints
{
    public static RouteGroupBuilder MapContradictions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/contradictions").WithTags("Contradictions");
        group.MapGet("/", List).WithSummary("Contradictions, open ones first, each with both claims, their source chains and reports.");
        group.MapGet("/{key}", Get).WithSummary("One contradiction by its key (its two claim ids joined by '~').");
        var decisions = group.MapGroup("/{key}").AddEndpointFilter<AntiforgeryFilter>();
        decisions.MapPost("/confirm", (CaseHost host, string key) => Decide(host, key, DecisionKeys.Confirm)).WithSummary("Mark the contradiction as real.");
        decisions.MapPost("/dismiss", (CaseHost host, string key) => Decide(host, key, DecisionKeys.Dismiss)).WithSummary("Mark the contradiction as no contradiction.");
        return api;
    }

    private static Ok<Page<ContradictionItem>> List(CaseHost host, string? kind, string? status, int? offset, int? limit)
    {
        var view = host.View;
        var items = ApiModel.OrderedContradictions(view)
            .Where(c => (kind is null || c.Kind == kind) && (status is null || view.StatusOf(c) == status))
            .ToList();
        var page = ApiModel.Paged(items, offset, limit);
        return TypedResults.Ok(new Page<ContradictionItem>(page.Total, page.Offset, page.Items.Select(c => ApiModel.Contradiction(view, c)).OfType<ContradictionItem>().ToList()));
    }

    private static Results<Ok<ContradictionItem>, NotFound<string>> Get(CaseHost host, string key)
    {
        var view = host.View;
        return view.Contradictions.TryGetValue(key, out var c) && ApiModel.Contradiction(view, c) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.NotFound($"no contradiction '{key}'");
    }

    private static async Task<Results<Ok<DecisionResult>, NotFound<string>>> Decide(CaseHost host, string key, string kind)
    {
        if (!host.View.Contradictions.TryGetValue(key, out var contradiction))
        {
            return TypedResults.NotFound($"no contradiction '{key}'");
        }

        // Kept with the case's other decisions; resolution ignores these kinds, so no entity changes.
        var (a, b) = (contradiction.Claims[0], contradiction.Claims[1]);
        await host.ChangeAsync(workspace =>
        {
            workspace.Store.AddDecision(kind, a, b);
            return true;
        });
        return TypedResults.Ok(new DecisionResult(kind, null, kind == DecisionKeys.Confirm ? "confirmed" : "dismissed"));
    }
}
