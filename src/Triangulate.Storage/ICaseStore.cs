using Triangulate.Core.Documents;
using Triangulate.Resolution.Index;

namespace Triangulate.Storage;

/// <summary>
/// Where a case lives: documents with their annotation layers, the user's resolution decisions, and the latest
/// cross-document resolution. Every write is atomic: a document and all its annotations are committed together.
/// </summary>
public interface ICaseStore : IDisposable
{
    /// <summary>Whether a document with this id is in the case.</summary>
    bool Contains(string documentId);

    /// <summary>Stores a document and its entity, time, quantity and claim layers in one transaction.</summary>
    /// <returns>The document's sequence number in the case, or null when it was already present.</returns>
    long? Add(Document document);

    /// <summary>
    /// Stores several documents, each with its layers, in one transaction (all or none): cheaper per document than
    /// one transaction each when a JSON-lines file brings thousands of short ones.
    /// </summary>
    /// <returns>Each document's sequence number, or null where it was already present (or repeated in the list).</returns>
    IReadOnlyList<long?> Add(IReadOnlyList<Document> documents);

    /// <summary>The documents in the order they entered the case, with their stored layers.</summary>
    IEnumerable<StoredDocument> Documents() => Documents(afterSequence: 0);

    /// <summary>
    /// The documents whose sequence is above <paramref name="afterSequence"/>, in order, with their layers: at most
    /// <paramref name="limit"/> of them (a page, so that a long run holds one page in memory at a time).
    /// </summary>
    IEnumerable<StoredDocument> Documents(long afterSequence, int limit = int.MaxValue);

    /// <summary>The cross-document resolution index, kept with the case so that adding a document resolves only it.</summary>
    IResolutionIndexStore ResolutionIndex { get; }

    /// <summary>The highest document sequence (0 for an empty case): one index lookup, unlike <see cref="Status"/>.</summary>
    long LastSequence();

    /// <summary>
    /// The last document sequence resolution may reach now. A store with a work queue holds back the documents after
    /// the oldest job still open, which a worker will store at its place in the input's order; others hold back none.
    /// </summary>
    long ResolvableThrough() => long.MaxValue;

    /// <summary>How many documents, mentions, claims the case holds (counts every row: for views, not for each add).</summary>
    CaseStatus Status();

    /// <summary>
    /// Begins a read of one consistent state of the case: until the returned scope is disposed, every read sees the
    /// case as it was at the first, whatever another process writes meanwhile. No write may happen inside it.
    /// </summary>
    IDisposable ReadSnapshot();

    /// <summary>Each document's identity and how many claims it holds, in the order documents entered the case (no text).</summary>
    IReadOnlyList<DocumentSummary> DocumentSummaries();

    /// <summary>Records a user decision (merge or split).</summary>
    void AddDecision(string kind, string a, string b);

    /// <summary>The user's decisions, oldest first.</summary>
    IReadOnlyList<(string Kind, string A, string B)> Decisions();

    /// <summary>
    /// Replaces the stored snapshot of the resolution (what views show, built from the index), noting the last
    /// document sequence it covers. Clearing the index clears it too.
    /// </summary>
    void SaveResolution(string json, long throughSequence, ResolutionCounts? counts = null);

    /// <summary>
    /// The counts saved with the snapshot and the last sequence it covers, or null: what <c>status</c> shows, read
    /// without the snapshot itself (which grows with the case).
    /// </summary>
    (ResolutionCounts Counts, long ThroughSequence)? LoadResolutionCounts();

    /// <summary>The stored snapshot and the last sequence it covers, or null when none was saved.</summary>
    (string Json, long ThroughSequence)? LoadResolution();
}

/// <summary>A stored document with its layers set, and its sequence in the case.</summary>
/// <param name="Sequence">1, 2, 3, ... in the order documents were added.</param>
/// <param name="Document">The document, its layers restored.</param>
public sealed record StoredDocument(long Sequence, Document Document);

/// <summary>How many entities, claim clusters, contradictions and timeline entries a saved snapshot holds.</summary>
/// <param name="Entities">Entities, after the user's decisions.</param>
/// <param name="Clusters">Claim clusters.</param>
/// <param name="Contradictions">Contradictions.</param>
/// <param name="Timeline">Timeline entries.</param>
public sealed record ResolutionCounts(int Entities, int Clusters, int Contradictions, int Timeline);

/// <summary>One line of <c>triangulate documents</c>.</summary>
/// <param name="Sequence">Order in the case.</param>
/// <param name="Id">The document id.</param>
/// <param name="Name">File (or <c>file.jsonl#line</c>) it came from.</param>
/// <param name="Title">Headline.</param>
/// <param name="Source">Outlet.</param>
/// <param name="Published">Date, <c>yyyy-MM-dd</c>.</param>
/// <param name="PublishedInferred">Whether the date was inferred from the text.</param>
/// <param name="Claims">How many claims it holds.</param>
public sealed record DocumentSummary(long Sequence, string Id, string Name, string? Title, string? Source, string? Published, bool PublishedInferred, long Claims);

/// <summary>Counts for <c>triangulate status</c>.</summary>
/// <param name="Documents">Documents in the case.</param>
/// <param name="Mentions">Entity mentions.</param>
/// <param name="Times">Time expressions.</param>
/// <param name="Quantities">Amounts.</param>
/// <param name="Claims">Claims.</param>
/// <param name="LastSequence">The highest document sequence.</param>
/// <param name="ResolvedThrough">The sequence the resolution index covers (0 when none).</param>
/// <param name="SchemaVersion">The store's schema version.</param>
public sealed record CaseStatus(long Documents, long Mentions, long Times, long Quantities, long Claims, long LastSequence, long ResolvedThrough, int SchemaVersion)
{
    /// <summary>The work queue by state, for a store that has one (null otherwise).</summary>
    public QueueCounts? Queue { get; init; }
}

/// <summary>The work queue by state, for <c>status</c>.</summary>
/// <param name="Queued">Waiting for a worker.</param>
/// <param name="Working">Held by a worker (in progress, or its lease not yet run out).</param>
/// <param name="Done">Stored.</param>
/// <param name="Failed">Failed (annotation failed, or abandoned too often).</param>
public sealed record QueueCounts(long Queued, long Working, long Done, long Failed);

