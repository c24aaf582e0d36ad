using Triangulate.Core.Pipeline;
using Triangulate.Readers;
using Triangulate.Storage;

namespace Triangulate.Cases;

/// <summary>
/// Reads inputs, annotates them in parallel and stores each document with its annotations in one transaction, in
/// input order. A document already in the case is not annotated again, so a run killed halfway is finished by running
/// it again; a bad input is rejected on its own and the rest of the batch goes on.
/// </summary>
public sealed class CaseIngestor(ICaseStore store, AnnotationPipeline pipeline, DocumentReader reader)
{
    private const int BatchSize = 32;

    // Documents annotated and stored together (one transaction): enough to keep both cores busy and make a commit's
    // cost small per document, few enough that a kill loses little work and memory holds little.
    private const int ChunkSize = 64;

    /// <summary>
    /// Ingests every file; reports progress after each file, each rejection as it happens and each warning (a limit
    /// that changed what was read or annotated) when its document is stored.
    /// </summary>
    public IngestSummary Ingest(
        IReadOnlyList<string> files,
        Action<int, int>? progress = null,
        Action<ReadResult.Rejected>? rejected = null,
        Action<string>? warned = null,
        CancellationToken cancellationToken = default)
    {
        int added = 0, present = 0, rejectedCount = 0, skipped = 0, done = 0;
        long bytes = 0;
        var parallelism = Math.Max(1, Environment.ProcessorCount);
        for (var offset = 0; offset < files.Count; offset += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = files.Skip(offset).Take(BatchSize).ToList();

            // Reading runs in parallel by file; annotating in parallel by document (a JSON-lines file or a feed holds
            // many), a chunk at a time so that memory holds one chunk of annotated documents. The store is touched
            // from this thread only (an SQLite connection is not thread-safe): to skip documents already present,
            // then to add each chunk's new documents in one transaction.
            var read = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                .Select(file => reader.ReadFile(file)).ToList();
            var items = read.SelectMany((results, file) => results.Select(result => (File: file, Result: result))).ToList();
            var lastOfFile = items.Select((item, index) => (item.File, index)).GroupBy(x => x.File).ToDictionary(g => g.Key, g => g.Max(x => x.index));
            for (var start = 0; start < items.Count; start += ChunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = items.Skip(start).Take(ChunkSize).ToList();
                var pending = chunk.Select(i => i.Result is ReadResult.Read { Document: var d } && store.Contains(d.Id) ? null : i.Result).ToList();
                var results = pending.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                    .Select(r => r is null ? new IngestItem.Present() : Annotate(r))
                    .ToList();
                var stored = store.Add(results.OfType<IngestItem.New>().Select(n => n.Document).ToList());
                var next = 0;
                for (var i = 0; i < results.Count; i++)
                {
                    switch (results[i])
                    {
                        case IngestItem.New item:
                            foreach (var warning in item.Warnings)
                            {
                                warned?.Invoke(warning);
                            }

                            if (stored[next++] is null)
                            {
                                present++;
                            }
                            else
                            {
                                added++;
                                bytes += item.Document.Text.Length;
                            }

                            break;
                        case IngestItem.Present:
                            present++;
                            break;
                        case IngestItem.Skipped:
                            skipped++;
                            break;
                        case IngestItem.Failed failed:
                            rejectedCount++;
                            rejected?.Invoke(failed.Rejection);
                            break;
                    }

                    if (lastOfFile[chunk[i].File] == start + i)
                    {
                        progress?.Invoke(++done, files.Count);
                    }
                }
            }

            // A file that gave nothing (no items at all) still counts as done.
            done += batch.Count - read.Count(r => r.Count > 0);
        }

        return new IngestSummary(added, present, rejectedCount, bytes) { Skipped = skipped };
    }

    private IngestItem Annotate(ReadResult result)
    {
        if (result is ReadResult.Rejected rejection)
        {
            return new IngestItem.Failed(rejection);
        }

        if (result is ReadResult.Skipped)
        {
            return new IngestItem.Skipped();
        }

        var (document, warnings) = (ReadResult.Read)result;
        var (warning, error) = Annotate(pipeline, document);
        return error is null
            ? new IngestItem.New(document, [.. warnings ?? [], .. warning is null ? [] : new[] { warning }])
            : new IngestItem.Failed(new ReadResult.Rejected(document.Metadata.Name, error));
    }

    /// <summary>
    /// Annotates one document within the pipeline's limits: a warning when a limit changed what was annotated, an
    /// error (and no annotations to store) when annotation failed. Shared by <c>add</c> and the workers of a queue.
    /// </summary>
    internal static (string? Warning, string? Error) Annotate(AnnotationPipeline pipeline, Core.Documents.Document document)
    {
        try
        {
            var capped = pipeline.RunWithin(document);
            return (capped is null ? null : $"{document.Metadata.Name}: {capped}", null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"annotation failed: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
        }
    }

    private abstract record IngestItem
    {
        public sealed record New(Core.Documents.Document Document, IReadOnlyList<string> Warnings) : IngestItem;

        public sealed record Present : IngestItem;

        public sealed record Skipped : IngestItem;

        public sealed record Failed(ReadResult.Rejected Rejection) : IngestItem;
    }
}

/// <summary>What an ingest run did.</summary>
/// <param name="Added">Documents added.</param>
/// <param name="AlreadyPresent">Documents that were already in the case.</param>
/// <param name="Rejected">Inputs rejected.</param>
/// <param name="Characters">Characters of text added.</param>
public sealed record IngestSummary(int Added, int AlreadyPresent, int Rejected, long Characters)
{
    /// <summary>Inputs skipped: of a format no reader handles, or a message already read.</summary>
    public int Skipped { get; init; }
}
