using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Api;

/// <summary>The case as a whole: status, overview, clusters, timeline, graph, search.</summary>
internal static partial class CaseEndpoints
{
    public static RouteGroupBuilder MapCase(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Case");
        group.MapGet("/status", Status).WithSummary("Which case is shown, and the stamp that changes when it does.");
        group.MapGet("/overview", GetOverview).WithSummary("Counts, contradictions first, best-corroborated propositions, reports by date.");
        group.MapGet("/clusters", Clusters).WithSummary("Propositions stated by several claims, best corroborated first.");
        group.MapGet("/timeline", Timeline).WithSummary("Dated claims across all reports, earliest first, each with a calendar interval.");
        group.MapGet("/graph", GetGraph).WithSummary("The most-named entities, who appears with whom, and who said what about whom.");
        group.MapGet("/search", Search).WithSummary("Full-text search across reports and claims (SQLite FTS5), with snippets.");
        return api;
    }

    private static Ok<ServerStatus> Status(CaseHost host)
    {
        var view = host.View;
        return TypedResults.Ok(new ServerStatus(host.CaseName, view.File.Documents.Count, view.Stamp.ResolvedThrough, view.Stamp.Decisions));
    }

    private static Ok<Overview> GetOverview(CaseHost host)
    {
        var view = host.View;
        return TypedResults.Ok((Overview)view.Memo.GetOrAdd("overview", _ => BuildOverview(view)));
    }

    private static Overview BuildOverview(CaseView view)
    {
        var file = view.File;
        var counts = new CaseCounts(file.Documents.Count, file.Entities.Count, file.Claims.Count, file.Clusters.Count, file.Contradictions.Count, file.Timeline.Count);
        var contradictions = ApiModel.OrderedContradictions(view).Take(20).Select(c => ApiModel.Contradiction(view, c)).OfType<ContradictionItem>().ToList();
        var corroborated = file.Clusters.Where(c => c.Claims.Count > 1)
            .OrderByDescending(c => c.IndependentOrigins).ThenByDescending(c => c.Documents).Take(15)
            .Select(c => ApiModel.ClusterItem(view, c)).OfType<ClusterItem>().ToList();
        var byDate = file.Documents.GroupBy(d => d.Published)
            .OrderBy(g => g.Key is null).ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .Take(40)
            .Select(g => new DateGroup(g.Key, g.Count(), g.Take(25).Select(d => ApiModel.Doc(view, d.Id)).ToList()))
            .ToList();
        var entities = file.Entities.OrderByDescending(e => view.DocumentCount.GetValueOrDefault(e.Id)).ThenByDescending(e => e.Mentions.Count)
            .Take(15).Select(e => ApiModel.Entity(view, e)).ToList();
        return new Overview(counts, contradictions, corroborated, byDate, entities);
    }

    private static Ok<Page<ClusterItem>> Clusters(CaseHost host, int? minOrigins, int? offset, int? limit)
    {
        var view = host.View;
        var clusters = view.File.Clusters.Where(c => c.Claims.Count > 1 && c.IndependentOrigins >= (minOrigins ?? 1))
            .OrderByDescending(c => c.IndependentOrigins).ThenByDescending(c => c.Documents).ToList();
        var page = ApiModel.Paged(clusters, offset, limit);
        return TypedResults.Ok(new Page<ClusterItem>(page.Total, page.Offset, page.Items.Select(c => ApiModel.ClusterItem(view, c)).OfType<ClusterItem>().ToList()));
    }

    private static Ok<List<TimelineItem>> Timeline(CaseHost host)
    {
        var view = host.View;
        return TypedResults.Ok(view.File.Timeline.Select(t =>
        {
            var (start, end) = Interval(t.When);
            return new TimelineItem(t.When, t.Precision, start, end, t.Summary, t.Claims, t.Documents.Select(d => ApiModel.Doc(view, d)).ToList());
        }).ToList());
    }

    /// <summary>The calendar interval of a TIMEX3 value: a day is a point, a month or a year a stretch.</summary>
    internal static (string? Start, string? End) Interval(string when)
    {
        var m = CalendarValue().Match(when);
        if (!m.Success)
        {
            return (null, null);
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998)
        {
            return (null, null);
        }

        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        var relative = when.StartsWith("before", StringComparison.Ordinal) || when.StartsWith("after", StringComparison.Ordinal);
        try
        {
            if (month is >= 1 and <= 12 && day >= 1)
            {
                return (new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            }

            if (month is >= 1 and <= 12)
            {
                var first = new DateOnly(year, month, 1);
                return (first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), relative ? null : first.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            var jan = new DateOnly(year, 1, 1);
            return (jan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), relative ? null : jan.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, null);
        }
    }

    private static Ok<Graph> GetGraph(CaseHost host, int? limit)
    {
        var view = host.View;
        var top = view.File.Entities.OrderByDescending(e => view.DocumentCount.GetValueOrDefault(e.Id)).ThenByDescending(e => e.Mentions.Count)
            .Take(Math.Clamp(limit ?? 60, 2, 300)).ToList();
        var shown = top.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), int>();
        foreach (var claim in view.File.Claims)
        {
            var inClaim = claim.Entities.Where(shown.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < inClaim.Count; i++)
            {
                for (var j = i + 1; j < inClaim.Count; j++)
                {
                    edges[(inClaim[i], inClaim[j], "with")] = edges.GetValueOrDefault((inClaim[i], inClaim[j], "with")) + 1;
                }
            }

            // Who said it: the innermost named source of the chain (the one quoted), pointing at what the claim names.
            var speaker = claim.SourceChain.LastOrDefault(l => l.Entity is not null)?.Entity;
            if (speaker is not null && shown.Contains(speaker))
            {
                foreach (var target in inClaim.Where(t => t != speaker))
                {
                    edges[(speaker, target, "said")] = edges.GetValueOrDefault((speaker, target, "said")) + 1;
                }
            }
        }

        var nodes = top.Select(e => new GraphNode(e.Id, e.Name, e.Type, view.DocumentCount.GetValueOrDefault(e.Id))).ToList();
        var kept = edges.OrderByDescending(e => e.Value).Take(400)
            .Select(e => new GraphEdge(e.Key.Item1, e.Key.Item2, e.Key.Item3, e.Value)).ToList();
        return TypedResults.Ok(new Graph(nodes, kept));
    }

    private static Ok<SearchResults> Search(CaseHost host, string? q, int? limit)
    {
        var view = host.View;
        var query = (q ?? string.Empty).Trim();
        if (query.Length > 300)
        {
            query = query[..300];
        }

        var (documents, claims) = host.Search.Find(query, Math.Clamp(limit ?? 20, 1, 100));
        return TypedResults.Ok(new SearchResults(
            query,
            documents.Where(h => view.Documents.ContainsKey(h.Doc)).Select(h => new SearchResult(h.Id, ApiModel.Doc(view, h.Doc), h.Snippet, h.Title)).ToList(),
            claims.Where(h => view.Claims.ContainsKey(h.Id)).Select(h => new SearchResult(h.Id, ApiModel.Doc(view, h.Doc), h.Snippet, null)).ToList()));
    }

    [GeneratedRegex(@"(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?")]
    private static partial Regex CalendarValue();
}
