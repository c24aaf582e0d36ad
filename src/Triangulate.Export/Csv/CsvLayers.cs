using System.Globalization;

namespace Triangulate.Export.Csv;

/// <summary>One CSV file of the export: its name, its header and its rows.</summary>
/// <param name="Name">File name without <c>.csv</c>.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">The rows, one value per column (strings, numbers, booleans or null).</param>
public sealed record CsvLayer(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);

/// <summary>
/// The case file as tables, one per layer. Ids join them: <c>entity_id</c>, <c>document_id</c>, <c>claim_id</c> and
/// <c>cluster_id</c> are the ids of the JSON export; a list of ids in one cell is separated by <c>;</c>.
/// </summary>
public static class CsvLayers
{
    /// <summary>The separator of a list of values in one cell.</summary>
    public const string ListSeparator = ";";

    /// <summary>Every layer of the case, in file order.</summary>
    public static IReadOnlyList<CsvLayer> Of(CaseFile caseFile)
    {
        var lookup = new CaseLookup(caseFile);
        var c = caseFile;
        return
        [
            new("documents", ["id", "name", "title", "source", "url", "published", "published_inferred", "language", "characters"],
                c.Documents.Select(d => Row(d.Id, d.Name, d.Title, d.Source, d.Url, d.Published, d.PublishedInferred, d.Language, d.Text.Length))),
            new("entities", ["id", "type", "name", "aliases", "titles", "mentions", "documents", "document_ids"],
                c.Entities.Select(e =>
                {
                    var docs = CaseLookup.DocumentsOf(e);
                    return Row(e.Id, e.Type, e.Name, List(e.Aliases), List(e.Titles), e.Mentions.Count, docs.Count, List(docs));
                })),
            new("variants", ["entity_id", "text", "document_id", "document_name"],
                c.Entities.SelectMany(e => e.Variants.SelectMany(v => v.Documents.Select(d => Row(e.Id, v.Text, d, lookup.DocumentName(d)))))),
            new("mentions", ["entity_id", "document_id", "document_name", "start", "end", "text"],
                c.Entities.SelectMany(e => e.Mentions.Select(m => Row(e.Id, m.Doc, lookup.DocumentName(m.Doc), m.Start, m.End, m.Text)))),
            new("times", ["document_id", "document_name", "start", "end", "text", "type", "value", "precision", "anchor", "direction"],
                c.Times.Select(t => Row(t.Doc, lookup.DocumentName(t.Doc), t.Start, t.End, t.Text, t.Type, t.Value, t.Precision, t.Anchor, t.Direction))),
            new("quantities", ["document_id", "document_name", "start", "end", "text", "value", "unit", "qualifier", "counted"],
                c.Quantities.Select(q => Row(q.Doc, lookup.DocumentName(q.Doc), q.Start, q.End, q.Text, q.Value, q.Unit, q.Qualifier, q.Counted))),
            new("claims", ["id", "document_id", "document_name", "start", "end", "text", "stance", "modality", "source_chain", "speaker", "speaker_entity_id", "cluster_id", "entity_ids", "times", "amounts"],
                c.Claims.Select(k =>
                {
                    var speaker = lookup.Speaker(k);
                    return Row(k.Id, k.Doc, lookup.DocumentName(k.Doc), k.Start, k.End, k.Text, k.Stance, k.Modality, lookup.ChainPath(k),
                        speaker.Text, speaker.Entity, lookup.ClusterOf(k.Id)?.Id, List(k.Entities), List(k.Times),
                        List(k.Quantities.Select(a => a.Unit is null ? Number(a.Value) : $"{Number(a.Value)} {a.Unit}")));
                })),
            new("claim_sources", ["claim_id", "position", "text", "entity_id", "cue", "anonymous", "resolved"],
                c.Claims.SelectMany(k => k.SourceChain.Select((l, i) => Row(k.Id, i + 1, l.Text, l.Entity, l.Cue, l.Anonymous, l.Resolved)))),
            new("clusters", ["id", "claims", "claim_ids", "documents", "independent_origins", "origins", "first_reported_by", "first_reported_by_name"],
                c.Clusters.Select(k => Row(k.Id, k.Claims.Count, List(k.Claims), k.Documents, k.IndependentOrigins, List(k.Origins), k.FirstReportedBy, lookup.DocumentName(k.FirstReportedBy)))),
            new("contradictions", ["id", "kind", "claim_a", "claim_b", "document_a", "document_b", "explanation"],
                c.Contradictions.Select((x, i) => Row($"x{i + 1}", x.Kind, x.Claims.ElementAtOrDefault(0), x.Claims.ElementAtOrDefault(1),
                    DocumentOf(lookup, x.Claims.ElementAtOrDefault(0)), DocumentOf(lookup, x.Claims.ElementAtOrDefault(1)), x.Explanation))),
            new("timeline", ["id", "when", "precision", "summary", "claim_ids", "document_ids", "document_names"],
                c.Timeline.Select((t, i) => Row($"t{i + 1}", t.When, t.Precision, t.Summary, List(t.Claims), List(t.Documents), List(t.Documents.Select(lookup.DocumentName))))),
        ];
    }

    private static object?[] Row(params object?[] values) => values;

    private static string List(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? DocumentOf(CaseLookup lookup, string? claimId) => claimId is null ? null : lookup.Claim(claimId)?.Doc;
}
