using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Api;

/// <summary>The reports: a list, and each with its text and every annotation.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", List).WithSummary("The reports, in the order they were added (filter by part of the name, title or source).");
        group.MapGet("/{id}", Get).WithSummary("A report: its text with every entity mention, date, amount and claim as offsets into it.");
        return api;
    }

    private static Ok<Page<DocumentRef>> List(CaseHost host, string? q, int? offset, int? limit)
    {
        var view = host.View;
        var docs = view.File.Documents.Where(d => q is null ||
            d.Name.Contains(q, StringComparison.OrdinalIgnoreCase) ||
            (d.Title?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false) ||
            (d.Source?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false));
        return TypedResults.Ok(ApiModel.Paged(docs.Select(d => ApiModel.Doc(view, d.Id)), offset, limit, 100));
    }

    private static Results<Ok<DocumentDetail>, NotFound<string>> Get(CaseHost host, string id)
    {
        var view = host.View;
        if (!view.Documents.TryGetValue(id, out var document))
        {
            return TypedResults.NotFound($"no document '{id}'");
        }

        var claims = view.ClaimsByDocument.GetValueOrDefault(id) ?? [];
        var spans = new List<Span>();
        spans.AddRange(claims.Select(c => new Span(c.Start, c.End, "claim", c.Id, $"{c.Stance}, {c.Modality}")));
        spans.AddRange((view.MentionsByDocument.GetValueOrDefault(id) ?? []).Select(x =>
            new Span(x.Mention.Start, x.Mention.End, "entity", x.Entity, $"{view.Entities[x.Entity].Type}: {view.Entities[x.Entity].Name}")));
        spans.AddRange((view.TimesByDocument.GetValueOrDefault(id) ?? []).Select(t =>
            new Span(t.Start, t.End, "time", t.Value ?? string.Empty, $"{t.Type} {t.Value} ({t.Precision})")));
        spans.AddRange((view.QuantitiesByDocument.GetValueOrDefault(id) ?? []).Select(q =>
            new Span(q.Start, q.End, "amount", ClaimAt(claims, q.Start) ?? string.Empty,
                $"{q.Qualifier} {q.Value.ToString(CultureInfo.InvariantCulture)} {q.Unit}".Trim())));
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return TypedResults.Ok(new DocumentDetail(
            ApiModel.Doc(view, id), document.Url, document.Language, document.Text, spans, claims.Select(c => ApiModel.Claim(view, c)).ToList()));
    }

    private static string? ClaimAt(List<Export.CaseClaim> claims, int offset) =>
        claims.FirstOrDefault(c => c.Start <= offset && offset < c.End)?.Id;
}
