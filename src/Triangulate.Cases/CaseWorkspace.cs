using System.Text.Json;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Export;
using Triangulate.Readers;
using Triangulate.Resolution;
using Triangulate.Resolution.Index;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Cases;

/// <summary>
/// A case opened for work: its store, the pipeline, and the cross-document resolution kept up to date with the
/// documents. The thin layer every front end (CLI, report, future web API) goes through.
/// </summary>
public sealed partial class CaseWorkspace : IDisposable
{
    private static readonly JsonSerializerOptions ResolutionJson = new(JsonSerializerDefaults.Web);
    private readonly ICaseStore _store;
    private readonly Lazy<AnnotationPipeline> _pipeline;
    private readonly CaseLocks _locks;
    private IDisposable? _writeLock;

    private CaseWorkspace(ICaseStore store, string folder, CaseLocks locks, string display)
    {
        _store = store;
        Folder = folder;
        _locks = locks;
        Display = display;
        _pipeline = new Lazy<AnnotationPipeline>(DefaultPipeline.Create);
    }

    /// <summary>
    /// The case folder; for a case on PostgreSQL, a folder on this machine for what is kept beside the case locally
    /// (the web views' search index).
    /// </summary>
    public string Folder { get; }

    /// <summary>The case as it is shown to a user: the folder's full path, or the server URL without any password.</summary>
    public string Display { get; }

    /// <summary>The pipeline documents are annotated with.</summary>
    public AnnotationPipeline Pipeline => _pipeline.Value;

    /// <summary>The store.</summary>
    public ICaseStore Store => _store;

    /// <summary>
    /// Called once when a write (add, decision, the views' snapshot) finds another process holding the case, before
    /// waiting for it; the argument is that process as it wrote itself down.
    /// </summary>
    public Action<LockHolder?>? Waiting { get; set; }

    /// <summary>One-line notices a user should see (an index rebuilt, a view of a case another process is changing).</summary>
    public Action<string>? Notice { get; set; }

    /// <summary>
    /// Opens (creating if needed) the case in a folder. Writes take the case's write lock when they start and keep
    /// it until the workspace is disposed; views take it only if it is free, and otherwise read a consistent
    /// snapshot of what the writer has saved so far.
    /// </summary>
    /// <param name="location">A folder, or a PostgreSQL case (see <see cref="CaseLocation"/>).</param>
    public static CaseWorkspace Open(string location)
    {
        if (CaseLocation.Postgres(location) is { } server)
        {
            return new(PostgresCaseStore.Open(server), CaseLocation.LocalFolder(server), new CaseLocks.Postgres(server), server.ToString());
        }

        return new(SqliteCaseStore.Open(location), location, new CaseLocks.Folder(location), Path.GetFullPath(location));
    }

    /// <summary>Whether a folder, or a schema on a PostgreSQL server, already holds a case.</summary>
    public static bool Exists(string location) =>
        CaseLocation.Postgres(location) is { } server
            ? PostgresCaseStore.Exists(server)
            : File.Exists(Path.Combine(location, SqliteCaseStore.FileName));

    /// <summary>Whether no process holds the case's write lock now (it is not taken).</summary>
    public bool IsFree()
    {
        using var probe = _writeLock is null ? _locks.TryAcquire("probe") : null;
        return _writeLock is null && probe is not null;
    }

    /// <summary>Reads, annotates and stores the inputs; does not resolve (call <see cref="Resolve"/>).</summary>
    public IngestSummary Add(
        IReadOnlyList<string> files,
        ReaderOptions? options = null,
        Action<int, int>? progress = null,
        Action<ReadResult.Rejected>? rejected = null)
    {
        HoldWriteLock("add");
        return new CaseIngestor(_store, _pipeline.Value, new DocumentReader(options ?? ReaderOptions.Default))
            .Ingest(files, progress, rejected, warned: warning => Notice?.Invoke($"warning: {warning}"));
    }

    /// <summary>
    /// Brings the stored resolution index up to date: resolves the documents added since it was last saved, and only
    /// those, reading from the index just what their blocking keys reach. It saves every
    /// <see cref="SaveEvery"/> documents and at the end, each save one transaction, so a run stopped halfway goes on
    /// from its last save next time. An index made by another version of the rules, or one that does not fit the
    /// documents, is rebuilt from all of them.
    /// </summary>
    public ResolutionUpdate Update(Action<int, int>? progress = null)
    {
        HoldWriteLock("add");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return UpdateIndex(progress);
            }
            catch (ResolutionIndexConflictException) when (attempt < 5)
            {
                // Another process adding to this case saved first: what it resolved is kept, the rest is done again.
            }
            catch (ResolutionIndexException ex)
            {
                Rebuilding(ex);
                return UpdateIndex(progress);
            }
        }
    }

    private void Rebuilding(ResolutionIndexException ex)
    {
        Notice?.Invoke($"the resolution index does not fit the documents ({ex.Message}): rebuilding it from all {_store.LastSequence()} of them");
        _store.ResolutionIndex.Clear();
    }

    private void HoldWriteLock(string command) => _writeLock ??= _locks.Acquire(command, Waiting);

    /// <summary>
    /// Brings the resolution index up to date if no other process holds the case (taking the write lock for this
    /// run only); null, at once, when another does: a worker of a queue resolves when it can and annotates otherwise.
    /// </summary>
    public ResolutionUpdate? TryUpdate()
    {
        if (_writeLock is not null)
        {
            return Update();
        }

        if (_locks.TryAcquire("worker") is not { } taken)
        {
            return null;
        }

        _writeLock = taken;
        try
        {
            return Update();
        }
        finally
        {
            _writeLock = null;
            taken.Dispose();
        }
    }

    /// <summary>
    /// Lets go of the case's write lock, if this workspace holds it: a long-lived workspace (the web server's) that
    /// made a change gives the case back to other processes, where a command holds it until it ends.
    /// </summary>
    public void ReleaseWriteLock()
    {
        _writeLock?.Dispose();
        _writeLock = null;
    }

    /// <summary>
    /// Documents resolved between two saves of the index (a page of documents read at a time). What the resolver
    /// changed since its last save stays in memory until the save, so this bounds the peak memory of a large add: on
    /// the BBC corpus, resolving alone peaked at 315-322 MB with pages of 500 and at 260 MB with pages of 100, in
    /// about the same time; the result does not depend on it.
    /// </summary>
    public int SaveEvery { get; set; } = 100;

    private ResolutionUpdate UpdateIndex(Action<int, int>? progress)
    {
        // A page of documents at a time, saved after each page: a run over a whole archive holds one page in memory,
        // and a run stopped halfway keeps every page it finished.
        var resolver = CaseResolver.Open(_store.ResolutionIndex);
        var through = resolver.ThroughSequence;

        // Documents after the oldest open job of a work queue wait for it: resolving in input order is what makes
        // the result of many workers equal that of one process.
        var bound = _store.ResolvableThrough();
        var expected = (int)Math.Max(0, Math.Min(bound, _store.LastSequence()) - through);
        var resolved = 0;
        while (true)
        {
            var page = _store.Documents(through, SaveEvery).TakeWhile(d => d.Sequence <= bound).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var stored in page)
            {
                resolver.Add(ToAnnotated(stored));
                resolved++;
                progress?.Invoke(resolved, Math.Max(expected, resolved));
            }

            through = page[^1].Sequence;
            resolver.Save(through);
        }

        return new ResolutionUpdate(resolved, resolver.DocumentCount, resolver.EntityCount);
    }

    /// <summary>
    /// The resolution as views show it: the index brought up to date, then a snapshot of it with the user's decisions
    /// applied. The snapshot is kept with the case and built again only when documents or decisions changed (or when
    /// <paramref name="force"/> is set).
    /// </summary>
    public CaseResolution Resolve(bool force = false) => View(force, withDocuments: false).Resolution;

    /// <summary>The case file: documents, annotations and resolution, as every view shows it.</summary>
    public CaseFile CaseFile()
    {
        var (documents, resolution) = View(force: false, withDocuments: true);
        return CaseFileBuilder.Build(documents!.Select(d => d.Document).ToList(), resolution);
    }

    private (IReadOnlyList<StoredDocument>? Documents, CaseResolution Resolution) View(bool force, bool withDocuments)
    {
        // A view brings the index and snapshot up to date when it can have the case to itself; while another
        // process writes, it shows the case as that process last saved it, without writing anything.
        var taken = _writeLock is null ? _locks.TryAcquire("view") : null;
        if (_writeLock is null && taken is null)
        {
            return SnapshotView(withDocuments);
        }

        // Held for this view only (a write keeps its lock to the end of the workspace).
        _writeLock ??= taken;
        try
        {
            // The documents are read once, for the snapshot (when it is out of date) and for the case file.
            var documents = withDocuments ? _store.Documents().ToList() : null;
            return (documents, ResolveWith(force, documents));
        }
        finally
        {
            if (taken is not null)
            {
                _writeLock = null;
                taken.Dispose();
            }
        }
    }

    private (IReadOnlyList<StoredDocument>? Documents, CaseResolution Resolution) SnapshotView(bool withDocuments)
    {
        var holder = _locks.Holder();
        var who = holder is null ? "another process" : $"another {holder.Command} (pid {holder.Pid})";
        using var snapshot = _store.ReadSnapshot();
        var header = _store.ResolutionIndex.LoadHeader();
        if (header is null || header.Version != CaseResolver.IndexVersion)
        {
            Notice?.Invoke($"{who} is changing the case and has not resolved any of it yet: showing it empty");
            return (withDocuments ? [] : null, new CaseResolution([], [], [], []));
        }

        // The documents the index covers, and only those: the case as it was at the writer's last save.
        var through = header.ThroughSequence;
        var documents = _store.Documents(0).Where(d => d.Sequence <= through).ToList();
        if (through < _store.LastSequence())
        {
            Notice?.Invoke($"{who} is changing the case: showing the {documents.Count} documents it has resolved so far");
        }

        if (_store.LoadResolution() is { } saved && saved.ThroughSequence == through)
        {
            return (documents, JsonSerializer.Deserialize<CaseResolution>(saved.Json, ResolutionJson)!);
        }

        var decisions = _store.Decisions().Select(d => new ResolutionDecision(d.Kind, d.A, d.B)).ToList();
        try
        {
            return (documents, CaseResolver.Replay(_store.ResolutionIndex, documents.Select(ToAnnotated), decisions));
        }
        catch (ResolutionIndexException ex)
        {
            throw new InvalidOperationException(
                $"the case's resolution index does not fit its documents ({ex.Message}) and {who} holds the case: run this again when it is done", ex);
        }
    }

    private CaseResolution ResolveWith(bool force, IReadOnlyList<StoredDocument>? documents)
    {
        Update();
        var through = _store.ResolutionIndex.LoadHeader()?.ThroughSequence ?? 0;
        if (!force && _store.LoadResolution() is { } saved && saved.ThroughSequence == through)
        {
            return JsonSerializer.Deserialize<CaseResolution>(saved.Json, ResolutionJson)!;
        }

        CaseResolution resolution;
        var decisions = _store.Decisions().Select(d => new ResolutionDecision(d.Kind, d.A, d.B)).ToList();
        try
        {
            resolution = CaseResolver.Replay(_store.ResolutionIndex, (documents ?? _store.Documents()).Select(ToAnnotated), decisions);
        }
        catch (ResolutionIndexException ex)
        {
            // The index does not fit the documents (a damaged or foreign index): resolve the case again from scratch.
            Rebuilding(ex);
            Update();
            resolution = CaseResolver.Replay(_store.ResolutionIndex, (documents ?? _store.Documents()).Select(ToAnnotated), decisions);
        }

        _store.SaveResolution(JsonSerializer.Serialize(resolution, ResolutionJson), through, CountsOf(resolution));
        return resolution;
    }

    private static ResolutionCounts CountsOf(CaseResolution r) => new(r.Entities.Count, r.Clusters.Count, r.Contradictions.Count, r.Timeline.Count);

    /// <summary>
    /// What the case holds, for <c>status</c>: row counts, and the resolution's counts as the last view saved them
    /// when that view is up to date (null otherwise). Reads counts only, never the snapshot, so it costs the same for
    /// a case of 20 reports and one of 100,000; the resolution index is brought up to date first when the case is free.
    /// </summary>
    public (CaseStatus Status, ResolutionCounts? Counts) Status()
    {
        if (_writeLock is null && _locks.TryAcquire("view") is { } taken)
        {
            _writeLock = taken;
            try
            {
                Update();
            }
            finally
            {
                _writeLock = null;
                taken.Dispose();
            }
        }

        using var snapshot = _store.ReadSnapshot();
        var status = _store.Status();
        var counts = _store.LoadResolutionCounts() is { } saved && saved.ThroughSequence == status.ResolvedThrough && status.ResolvedThrough == status.LastSequence
            ? saved.Counts
            : null;
        return (status, counts);
    }

    /// <summary>Records a merge or split decision and builds the snapshot again so it takes effect.</summary>
    public CaseResolution Decide(string kind, string a, string b)
    {
        HoldWriteLock(kind);
        _store.AddDecision(kind, a, b);
        return Resolve(force: true);
    }

    /// <summary>What resolution needs of a stored document.</summary>
    public static AnnotatedDocument ToAnnotated(StoredDocument stored)
    {
        var d = stored.Document;
        return new AnnotatedDocument(
            d.Id, d.Metadata.Name, d.Metadata.Source, d.Published, stored.Sequence, d.Text,
            d.GetOrEmpty<Core.Entities.EntityMention>(), d.GetOrEmpty<Core.Times.TimeExpression>(),
            d.GetOrEmpty<Core.Quantities.Quantity>(), d.GetOrEmpty<Core.Claims.Claim>());
    }

    /// <summary>The document as resolution sees it, for one freshly annotated document (benchmarks).</summary>
    public static AnnotatedDocument ToAnnotated(Document document, long sequence) => ToAnnotated(new StoredDocument(sequence, document));

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Dispose();
        _writeLock?.Dispose();
        _writeLock = null;
    }
}

/// <summary>What <see cref="CaseWorkspace.Update"/> did.</summary>
/// <param name="Resolved">Documents resolved in this run.</param>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Entities">Entities in the index, before the user's merge and split decisions.</param>
public sealed record ResolutionUpdate(int Resolved, int Documents, int Entities);
