using System.Text.Json;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Export;
using Triangulate.Readers;
using Triangulate.Resolution;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Cases;

/// <summary>
/// A case opened for work: its store, the pipeline, and the cross-document resolution kept up to date with the
/// documents. The thin layer every front end (CLI, report, future web API) goes through.
/// </summary>
public sealed class CaseWorkspace : IDisposable
{
    private static readonly JsonSerializerOptions ResolutionJson = new(JsonSerializerDefaults.Web);
    private readonly ICaseStore _store;
    private readonly Lazy<AnnotationPipeline> _pipeline;

    private CaseWorkspace(ICaseStore store, string folder)
    {
        _store = store;
        Folder = folder;
        _pipeline = new Lazy<AnnotationPipeline>(DefaultPipeline.Create);
    }

    /// <summary>The case folder.</summary>
    public string Folder { get; }

    /// <summary>The store.</summary>
    public ICaseStore Store => _store;

    /// <summary>Opens (creating if needed) the case in a folder.</summary>
    public static CaseWorkspace Open(string folder) => new(SqliteCaseStore.Open(folder), folder);

    /// <summary>Whether a folder already holds a case.</summary>
    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, SqliteCaseStore.FileName));

    /// <summary>Reads, annotates and stores the inputs; does not resolve (call <see cref="Resolve"/>).</summary>
    public IngestSummary Add(
        IReadOnlyList<string> files,
        ReaderOptions? options = null,
        Action<int, int>? progress = null,
        Action<ReadResult.Rejected>? rejected = null) =>
        new CaseIngestor(_store, _pipeline.Value, new DocumentReader(options ?? ReaderOptions.Default))
            .Ingest(files, progress, rejected);

    /// <summary>
    /// Brings the stored resolution up to date: runs the incremental resolver over the documents in case order and
    /// saves the result in one transaction. A run interrupted before saving leaves the previous resolution, marked as
    /// covering fewer documents, so the next command resolves again.
    /// </summary>
    public CaseResolution Resolve(bool force = false) => ResolveWith(force, documents: null);

    /// <summary>The case file: documents, annotations and resolution, as every view shows it.</summary>
    public CaseFile CaseFile()
    {
        // The documents are read once, for the resolution (when it is out of date) and for the case file.
        var stored = _store.Documents().ToList();
        var resolution = ResolveWith(force: false, stored);
        return CaseFileBuilder.Build(stored.Select(d => d.Document).ToList(), resolution);
    }

    private CaseResolution ResolveWith(bool force, IReadOnlyList<StoredDocument>? documents)
    {
        var status = _store.Status();
        if (!force && status.ResolvedThrough == status.LastSequence && _store.LoadResolution() is { } saved)
        {
            return JsonSerializer.Deserialize<CaseResolution>(saved.Json, ResolutionJson)!;
        }

        var resolver = new CaseResolver(_store.Decisions().Select(d => new ResolutionDecision(d.Kind, d.A, d.B)));
        foreach (var stored in documents ?? _store.Documents())
        {
            resolver.Add(ToAnnotated(stored));
        }

        var resolution = resolver.Snapshot();
        _store.SaveResolution(JsonSerializer.Serialize(resolution, ResolutionJson), status.LastSequence);
        return resolution;
    }

    /// <summary>Records a merge or split decision and resolves again so it takes effect.</summary>
    public CaseResolution Decide(string kind, string a, string b)
    {
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
    public void Dispose() => _store.Dispose();
}
