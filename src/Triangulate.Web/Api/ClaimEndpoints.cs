using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Api;

/// <summary>Claims, with the filters of <c>triangulate claims</c> and more.</summary>
internal static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/claims").WithTags("Claims");
        group.MapGet("/", List).WithSummary(
            "Claims filtered by source (part of a name anywhere in the chain), stance, modality, entity id, document id, " +
            "least independent origins (corroboration), contradicted only, or a claim id.");
        return api;
    }

    private static Ok<Page<ClaimItem>> List(
        CaseHost host, string? source, string? stance, string? modality, string? entity, string? doc,
        int? minOrigins, bool? contradicted, string? id, int? offset, int? limit)
    {
        var view = host.View;
        IEnumerable<CaseClaim> claims = entity is not null ? view.ClaimsByEntity.GetValueOrDefault(entity) ?? []
            : doc is not null ? view.ClaimsByDocument.GetValueOrDefault(doc) ?? []
            : view.File.Claims;
        claims = claims.Where(c =>
            (id is null || c.Id == id) &&
            (doc is null || c.Doc == doc) &&
            (stance is null || c.Stance.Equals(stance, StringComparison.OrdinalIgnoreCase)) &&
            (modality is null || c.Modality.Equals(modality, StringComparison.OrdinalIgnoreCase)) &&
            (contradicted != true || view.Contradicted.Contains(c.Id)) &&
            (minOrigins is null || (view.ClusterOf.GetValueOrDefault(c.Id)?.IndependentOrigins ?? 1) >= minOrigins) &&
            (source is null || c.SourceChain.Any(l =>
                l.Text.Contains(source, StringComparison.OrdinalIgnoreCase) ||
                (l.Entity is not null && view.Entities.TryGetValue(l.Entity, out var e) && e.Name.Contains(source, StringComparison.OrdinalIgnoreCase)))));
        var page = ApiModel.Paged(claims, offset, limit);
        return TypedResults.Ok(new Page<ClaimItem>(page.Total, page.Offset, page.Items.Select(c => ApiModel.Claim(view, c)).ToList()));
    }
}
