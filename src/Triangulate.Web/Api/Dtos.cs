using Triangulate.Export;

namespace Triangulate.Web.Api;

/// <summary>A report, as lists name it.</summary>
internal sealed record DocumentRef(string Id, string Name, string? Title, string? Source, string? Published, bool PublishedInferred);

/// <summary>An entity, as lists name it.</summary>
internal sealed record EntityRef(string Id, string Type, string Name, int Documents);

/// <summary>
/// A claim with its report, sources, entities and proposition; its content span (what is stated, for highlighting) and,
/// for a proposition stated in passing, the claim of its sentence.
/// </summary>
internal sealed record ClaimItem(
    string Id, string Text, DocumentRef Document, int Start, int End, IReadOnlyList<CaseSourceLink> SourceChain, string Stance,
    string Modality, IReadOnlyList<EntityRef> Entities, IReadOnlyList<string> Times, IReadOnlyList<CaseAmount> Quantities,
    ClusterRef? Cluster, bool Contradicted, CaseSpan? Content, string? PartOf);

/// <summary>The proposition a claim states: how many reports and independent origins state it.</summary>
internal sealed record ClusterRef(string Id, int Claims, int Documents, int IndependentOrigins, IReadOnlyList<string> Origins);

/// <summary>A page of results and how many there are in all.</summary>
internal sealed record Page<T>(int Total, int Offset, IReadOnlyList<T> Items);

/// <summary>Counts of the case.</summary>
internal sealed record CaseCounts(int Documents, int Entities, int Claims, int Clusters, int Contradictions, int TimelineEntries);

/// <summary>Two claims that conflict, both sides, and the user's word on it (open, confirmed, dismissed).</summary>
internal sealed record ContradictionItem(string Key, string Kind, string Explanation, string Status, ClaimItem A, ClaimItem B);

/// <summary>A proposition stated by several claims.</summary>
internal sealed record ClusterItem(ClusterRef Cluster, ClaimItem First, DocumentRef? FirstReportedBy, IReadOnlyList<DocumentRef> Documents);

/// <summary>Reports published on one day (or of unknown date): how many, and the first of them.</summary>
internal sealed record DateGroup(string? Date, int Count, IReadOnlyList<DocumentRef> Documents);

/// <summary>The overview page: counts, contradictions first, the best-corroborated propositions, reports by date.</summary>
internal sealed record Overview(
    CaseCounts Counts, IReadOnlyList<ContradictionItem> Contradictions, IReadOnlyList<ClusterItem> Corroborated,
    IReadOnlyList<DateGroup> ReportsByDate, IReadOnlyList<EntityRef> Entities);

/// <summary>A spelling of an entity, how many reports used it, and the first of them.</summary>
internal sealed record VariantItem(string Text, int Count, IReadOnlyList<DocumentRef> Documents);

/// <summary>An entity that appears in claims with another, and in how many.</summary>
internal sealed record Neighbour(EntityRef Entity, int Claims);

/// <summary>The entity page.</summary>
internal sealed record EntityDetail(
    EntityRef Entity, IReadOnlyList<string> Titles, IReadOnlyList<VariantItem> Variants, int Mentions,
    IReadOnlyList<CaseMention> MentionSpans, IReadOnlyList<string> Explanation, Page<ClaimItem> Claims, IReadOnlyList<Neighbour> Neighbours);

/// <summary>A span of a document and what it is: an entity mention, a date, an amount or a claim.</summary>
internal sealed record Span(int Start, int End, string Kind, string Target, string Label);

/// <summary>A report with its text and every annotation.</summary>
internal sealed record DocumentDetail(DocumentRef Document, string? Url, string Language, string Text, IReadOnlyList<Span> Spans, IReadOnlyList<ClaimItem> Claims);

/// <summary>A point of the timeline with a calendar interval a chart can place.</summary>
internal sealed record TimelineItem(string When, string Precision, string? Start, string? End, string Summary, IReadOnlyList<string> Claims, IReadOnlyList<DocumentRef> Documents);

/// <summary>A node of the graph.</summary>
internal sealed record GraphNode(string Id, string Label, string Type, int Documents);

/// <summary>An edge: two entities in the same claims ("with"), or a source and what it says about ("said").</summary>
internal sealed record GraphEdge(string Source, string Target, string Kind, int Weight);

/// <summary>The graph of the most-named entities.</summary>
internal sealed record Graph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>A search hit: a report or a claim and a snippet whose matches lie between \u0002 and \u0003.</summary>
internal sealed record SearchResult(string Id, DocumentRef Document, string Snippet, string? Title);

/// <summary>Reports and claims found.</summary>
internal sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Documents, IReadOnlyList<SearchResult> Claims);

/// <summary>The outcome of a decision: where the entity is now (ids change when entities merge or split).</summary>
internal sealed record DecisionResult(string Kind, string? Entity, string Message);

/// <summary>Merge this entity with another.</summary>
internal sealed record MergeRequest(string With);

/// <summary>Take a spelling out of this entity.</summary>
internal sealed record SplitRequest(string Alias);

/// <summary>Give this entity a preferred name.</summary>
internal sealed record RenameRequest(string Name);

/// <summary>The anti-forgery token to send as a header with every POST.</summary>
internal sealed record AntiforgeryToken(string HeaderName, string Token);

/// <summary>Which case the server shows and whether it changed.</summary>
internal sealed record ServerStatus(string Case, int Documents, long ResolvedThrough, int Decisions);
