using System.Globalization;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Resolution;

namespace Triangulate.Export;

/// <summary>
/// Builds the case file from the documents (with their layers) and the cross-document resolution: the one model
/// every view reads. Pure: no I/O.
/// </summary>
public static class CaseFileBuilder
{
    /// <summary>Builds the case file.</summary>
    public static CaseFile Build(IReadOnlyList<Document> documents, CaseResolution resolution)
    {
        // Which entity each mention belongs to, and each entity's names, for linking claims and sources.
        var entityAt = new Dictionary<(string Doc, int Start, int End), string>();
        foreach (var entity in resolution.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                entityAt[(mention.Document, mention.Start, mention.End)] = entity.Id;
            }
        }

        var entityByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in resolution.Entities)
        {
            entityByName.TryAdd(entity.Name, entity.Id);
            foreach (var alias in entity.Aliases)
            {
                entityByName.TryAdd(alias.Text, entity.Id);
            }
        }

        var titles = new Dictionary<string, SortedSet<string>>();
        var caseDocuments = new List<CaseDocument>();
        var times = new List<CaseTime>();
        var quantities = new List<CaseQuantity>();
        var claims = new List<CaseClaim>();
        foreach (var document in documents)
        {
            var meta = document.Metadata;
            caseDocuments.Add(new CaseDocument(
                document.Id, meta.Name, meta.Title, meta.Source, meta.Url,
                document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.PublishedInferred,
                meta.Language, document.Text, meta.Authors, Day(meta.Modified), Day(meta.Retrieved), meta.Outlet, meta.Description,
                meta.Section, meta.Format, meta.Parent, meta.ParentId, meta.PathInParent));

            var mentions = document.GetOrEmpty<EntityMention>();
            foreach (var mention in mentions)
            {
                if (mention.Title is { Length: > 0 } title && entityAt.TryGetValue((document.Id, mention.Start, mention.End), out var id))
                {
                    if (!titles.TryGetValue(id, out var set))
                    {
                        titles[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(title);
                }
            }

            var docTimes = document.GetOrEmpty<TimeExpression>();
            times.AddRange(docTimes.Select(t => new CaseTime(document.Id, t.Start, t.End, t.Text, t.Type, t.Value, t.Precision, t.Anchor, t.Direction)));
            var docQuantities = document.GetOrEmpty<Quantity>();
            quantities.AddRange(docQuantities.Select(q => new CaseQuantity(document.Id, q.Start, q.End, q.Text, q.Value, q.Unit, q.Qualifier, q.Counted)));

            var docClaims = document.GetOrEmpty<Claim>();
            var mentionIndex = new SpanIndex<EntityMention>(mentions, m => m.Start, m => m.End);
            var timeIndex = new SpanIndex<TimeExpression>(docTimes, t => t.Start, t => t.End);
            var quantityIndex = new SpanIndex<Quantity>(docQuantities, q => q.Start, q => q.End);
            for (var i = 0; i < docClaims.Count; i++)
            {
                var claim = docClaims[i];
                var claimEntities = mentionIndex.Inside(claim.Start, claim.End)
                    .Select(m => entityAt.GetValueOrDefault((document.Id, m.Start, m.End)))
                    .OfType<string>()
                    .Distinct()
                    .ToList();
                var claimTimes = timeIndex.Inside(claim.Start, claim.End).Where(t => t.Value is not null).Select(t => t.Value!).Distinct().ToList();
                var claimQuantities = quantityIndex.Inside(claim.Start, claim.End).Select(q => new CaseAmount(q.Value, q.Unit)).ToList();
                var chain = claim.SourceChain.Count == 0
                    ? [new CaseSourceLink(SourceEntity(meta.Source, entityByName), meta.Source ?? meta.Name, null, false)]
                    : claim.SourceChain.Select(link => new CaseSourceLink(
                        link.Anonymous ? null : LinkEntity(document, link, mentionIndex, entityAt, entityByName),
                        // The comma closing an apposition belongs to the span in the claim layer, not to the name a reader sees.
                        link.Text.TrimEnd(','),
                        link.Cue,
                        link.Anonymous,
                        link.Resolved)).ToList();
                claims.Add(new CaseClaim(
                    AnnotatedDocument.ClaimId(document.Id, i), document.Id, claim.Start, claim.End, claim.Text, chain,
                    claim.Stance, claim.Modality, claimEntities, claimTimes, claimQuantities, claim.Polarity, claim.EventTime, claim.ReportTime,
                    PropositionOf(claim.Proposition, document.Id, mentionIndex, entityAt), ContentOf(claim, document.Text))
                {
                    PartOf = claim.PartOf >= 0 ? AnnotatedDocument.ClaimId(document.Id, claim.PartOf) : null,
                });
            }
        }

        var entities = resolution.Entities.Select(e => new CaseEntity(
            e.Id, e.Type, e.Name,
            e.Aliases.Select(a => a.Text).ToList(),
            e.Aliases.Select(a => new CaseVariant(a.Text, a.Documents)).ToList(),
            titles.TryGetValue(e.Id, out var t) ? t.ToList() : [],
            e.Mentions.Select(m => new CaseMention(m.Document, m.Start, m.End, m.Text)).ToList())).ToList();

        return new CaseFile(
            CaseFile.SchemaName,
            caseDocuments,
            entities,
            times,
            quantities,
            claims,
            resolution.Clusters.Select(c => new CaseCluster(c.Id, c.Claims, c.Documents, c.IndependentOrigins, c.Origins, c.FirstReportedBy)).ToList(),
            resolution.Contradictions.Select(c => new CaseContradiction(
                [c.ClaimA, c.ClaimB, .. c.SideA.Skip(1), .. c.SideB.Skip(1)], c.Kind, c.Explanation, c.SideA, c.SideB)).ToList(),
            resolution.Timeline.Select(t => new CaseTimelineEntry(t.When, t.Precision, t.Claims, t.Documents, t.Summary)).ToList(),
            resolution.Updates.Select(u => new CaseUpdate(u.From, u.To, u.Kind, u.What, u.FromValue, u.ToValue, u.When, u.Who)).ToList());
    }

    /// <summary>The span of what a claim states: its reported content's own span when it has one, else the claim's.</summary>
    private static CaseSpan ContentOf(Claim claim, string text) =>
        claim.ContentStart >= 0 && claim.ContentEnd > claim.ContentStart && claim.ContentEnd <= text.Length
            ? new CaseSpan(claim.ContentStart, claim.ContentEnd, text[claim.ContentStart..claim.ContentEnd])
            : new CaseSpan(claim.Start, claim.End, claim.Text);

    /// <summary>A claim's proposition as exported: its participants with the entities named in their phrases.</summary>
    private static CaseProposition? PropositionOf(
        Core.Propositions.Proposition? proposition, string doc, SpanIndex<EntityMention> mentions, Dictionary<(string Doc, int Start, int End), string> entityAt) =>
        proposition is null ? null : new CaseProposition(
            proposition.Predicate,
            proposition.PredicateClass,
            proposition.Arguments.Select(a => new CaseArgument(a.Role, a.Text, mentions.Inside(a.Start, a.End)
                .Select(m => entityAt.GetValueOrDefault((doc, m.Start, m.End))).OfType<string>().Distinct().ToList())).ToList(),
            proposition.Measures.Select(m => new CaseMeasure(m.Text, m.Measures, m.Period)).ToList());

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? SourceEntity(string? source, Dictionary<string, string> entityByName) =>
        source is not null && entityByName.TryGetValue(source, out var id) ? id : null;

    private static string? LinkEntity(
        Document document,
        SourceLink link,
        SpanIndex<EntityMention> mentions,
        Dictionary<(string, int, int), string> entityAt,
        Dictionary<string, string> entityByName)
    {
        // The mention inside the source's own span ("the Wall Street Journal" holds the mention of the outlet).
        if (link.Start >= 0)
        {
            foreach (var mention in mentions.Overlapping(link.Start, link.End))
            {
                if (entityAt.TryGetValue((document.Id, mention.Start, mention.End), out var id))
                {
                    return id;
                }
            }
        }

        // An anaphor ("the publication") resolved to a name: the entity holding that name.
        var name = link.Resolved ?? link.Text;
        return entityByName.GetValueOrDefault(name);
    }
}
