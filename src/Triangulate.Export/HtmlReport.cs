using System.Globalization;
using System.Net;
using System.Text;

namespace Triangulate.Export;

/// <summary>
/// One self-contained HTML page (inline style, no scripts, no external requests) a person can read and send: the
/// documents, entities with their spellings, conflicts, corroborated claims, the timeline and every claim with its
/// sources. Every piece of document text goes through <see cref="WebUtility.HtmlEncode(string)"/>.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d6dbe1;padding-bottom:.2rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e3e6ea;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f5f7;font-weight:600}.muted{color:#5f6b78}.tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.8rem;background:#eef1f4;margin-right:.2rem}
        .deny{background:#fde2e1}.admit{background:#fff1cc}.opinion{background:#e8e1fb}.plan,.expectation,.possibility{background:#dff3f9}
        .time{background:#fde2e1}.quantity{background:#fff1cc}.polarity{background:#e8e1fb}code{font-size:.85rem}
        """;

    /// <summary>Renders the case file as one HTML page.</summary>
    public static string Render(CaseFile caseFile, string title = "Triangulate case report")
    {
        var docs = caseFile.Documents.ToDictionary(d => d.Id);
        var claims = caseFile.Claims.ToDictionary(c => c.Id);
        string DocName(string id) => docs.TryGetValue(id, out var d) ? d.Name : id;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(title)).Append("</h1><p class=\"muted\">")
            .Append(CultureInfo.InvariantCulture, $"{caseFile.Documents.Count} documents · {caseFile.Entities.Count} entities · {caseFile.Claims.Count} claims · {caseFile.Clusters.Count(c => c.Claims.Count > 1)} corroborated propositions · {caseFile.Contradictions.Count} conflicts")
            .Append("</p>");

        html.Append("<h2>Documents</h2><table><tr><th>Name</th><th>Title</th><th>Authors</th><th>Source</th><th>Published</th></tr>");
        foreach (var d in caseFile.Documents)
        {
            var published = d.Published is null ? "unknown" : d.Published + (d.PublishedInferred ? " (inferred)" : string.Empty);
            if (d.Modified is not null && d.Modified != d.Published)
            {
                published += $" (updated {d.Modified})";
            }

            html.Append("<tr><td>").Append(E(d.Name));
            if (d.Parent is not null)
            {
                html.Append("<br><span class=\"muted\">in ").Append(E(d.Parent)).Append("</span>");
            }

            // The address is shown as text, not a link: the report makes no requests and sends no referrer.
            html.Append("</td><td>").Append(E(d.Title ?? string.Empty));
            if (d.Url is not null)
            {
                html.Append("<br><span class=\"muted\">").Append(E(d.Url)).Append("</span>");
            }

            html.Append("</td><td>").Append(E(string.Join(", ", d.Authors))).Append("</td><td>")
                .Append(E(d.Source ?? string.Empty)).Append("</td><td>").Append(E(published)).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Conflicts</h2>");
        if (caseFile.Contradictions.Count == 0)
        {
            html.Append("<p class=\"muted\">No conflicts found.</p>");
        }

        foreach (var c in caseFile.Contradictions)
        {
            html.Append("<p><span class=\"tag ").Append(E(c.Kind)).Append("\">").Append(E(c.Kind)).Append("</span> ").Append(E(c.Explanation)).Append("</p><ul>");
            foreach (var id in c.Claims)
            {
                AppendClaimItem(html, claims, id, DocName);
            }

            html.Append("</ul>");
        }

        if (caseFile.Updates.Count > 0)
        {
            // Apart from the conflicts: a total that grew or a date that moved between reports is no dispute.
            html.Append("<h2>Updates</h2><p class=\"muted\">Values that changed between reports of different dates; not conflicts.</p><ul>");
            foreach (var u in caseFile.Updates)
            {
                html.Append("<li><span class=\"tag\">").Append(E(u.Kind)).Append("</span> ").Append(E(u.What)).Append(": ")
                    .Append(E(u.FromValue)).Append(" &rarr; ").Append(E(u.ToValue)).Append(" (").Append(E(u.When ?? "undated")).Append(", ")
                    .Append(E(u.Who)).Append(")</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Timeline</h2><table><tr><th>When</th><th>What</th><th>Documents</th></tr>");
        foreach (var t in caseFile.Timeline)
        {
            html.Append("<tr><td><code>").Append(E(t.When)).Append("</code><br><span class=\"muted\">").Append(E(t.Precision)).Append("</span></td><td>")
                .Append(E(t.Summary)).Append("</td><td>").Append(E(string.Join(", ", t.Documents.Select(DocName)))).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Corroborated propositions</h2><table><tr><th>Claims</th><th>Documents</th><th>Independent origins</th><th>First reported by</th></tr>");
        foreach (var k in caseFile.Clusters.Where(k => k.Claims.Count > 1).OrderByDescending(k => k.IndependentOrigins).ThenByDescending(k => k.Documents))
        {
            html.Append("<tr><td><ul>");
            foreach (var id in k.Claims)
            {
                AppendClaimItem(html, claims, id, DocName);
            }

            html.Append("</ul></td><td>").Append(k.Documents).Append("</td><td>").Append(k.IndependentOrigins).Append("<br><span class=\"muted\">")
                .Append(E(string.Join("; ", k.Origins))).Append("</span></td><td>").Append(E(DocName(k.FirstReportedBy))).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Entities</h2><table><tr><th>Name</th><th>Type</th><th>Spellings (documents)</th><th>Mentions</th></tr>");
        foreach (var e in caseFile.Entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var spellings = string.Join("; ", e.Variants.Select(v => $"{v.Text} ({v.Documents.Count})"));
            html.Append("<tr><td>").Append(E(e.Name));
            if (e.Titles.Count > 0)
            {
                html.Append("<br><span class=\"muted\">").Append(E(string.Join(", ", e.Titles))).Append("</span>");
            }

            html.Append("</td><td><span class=\"tag\">").Append(E(e.Type)).Append("</span></td><td>").Append(E(spellings))
                .Append("</td><td>").Append(e.Mentions.Count).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Claims</h2>");
        foreach (var group in caseFile.Claims.GroupBy(c => c.Doc))
        {
            html.Append("<h3>").Append(E(DocName(group.Key))).Append("</h3><ul>");
            foreach (var claim in group)
            {
                AppendClaimItem(html, claims, claim.Id, DocName);
            }

            html.Append("</ul>");
        }

        html.Append("<p class=\"muted\">Written by Triangulate. Offsets are UTF-16 code units into each document's text.</p></body></html>");
        return html.ToString();
    }

    /// <summary>A claim's source chain as a readable path: "report → Wall Street Journal → its sources".</summary>
    public static string ChainPath(CaseClaim claim, string documentName)
    {
        var hops = claim.SourceChain.Where(l => l.Cue is not null)
            .Select(l => l.Resolved is { } name && !string.Equals(name, l.Text, StringComparison.OrdinalIgnoreCase) ? $"{l.Text} ({name})" : l.Text);
        return string.Join(" → ", hops.Prepend(documentName));
    }

    private static void AppendClaimItem(StringBuilder html, Dictionary<string, CaseClaim> claims, string id, Func<string, string> docName)
    {
        if (!claims.TryGetValue(id, out var claim))
        {
            return;
        }

        html.Append("<li>").Append(E(claim.Text)).Append("<br><span class=\"muted\">").Append(E(ChainPath(claim, docName(claim.Doc))))
            .Append("</span> <span class=\"tag ").Append(E(claim.Stance)).Append("\">").Append(E(claim.Stance))
            .Append("</span><span class=\"tag ").Append(E(claim.Modality)).Append("\">").Append(E(claim.Modality)).Append("</span></li>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
