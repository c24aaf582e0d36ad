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

    /// <summary>Ingests every file; reports progress after each file and each rejection as it happens.</summary>
    public IngestSummary Ingest(
        IReadOnlyList<string> files,
        Action<int, int>? progress = null,
        Action<ReadResult.Rejected>? rejected = null,
        CancellationToken cancellationToken = default)
    {
        int added = 0, present = 0, rejectedCount = 0, skipped = 0, done = 0;
        long bytes = 0;
        for (var offset = 0; offset < files.Count; offset += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = files.Skip(offset).Take(BatchSize).ToList();
            var parallelism = Math.Max(1, Environment.ProcessorCount);

            // Reading and annotating run in parallel; the store is touched from this thread only (an SQLite
            // connection is not thread-safe): first to skip documents already present, then to add the new ones.
            var read = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                .Select(file => reader.ReadFile(file)).ToList();
            var pending = read
                .Select(fileResults => fileResults.Select(r => r is ReadResult.Read { Document: var d } && store.Contains(d.Id) ? null : r).ToList())
                .ToList();
            var results = pending.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                .Select(fileResults => fileResults.Select(r => r is null ? new IngestItem.Present() : Annotate(r)).ToList())
                .ToList();

            foreach (var fileResults in results)
            {
                foreach (var result in fileResults)
                {
                    switch (result)
                    {
                        case IngestItem.New item:
                            if (store.Add(item.Document) is null)
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
                }

                progress?.Invoke(++done, files.Count);
            }
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

        var document = ((ReadResult.Read)result).Document;
        try
        {
            pipeline.Run(document);
            return new IngestItem.New(document);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new IngestItem.Failed(new ReadResult.Rejected(document.Metadata.Name, $"annotation failed: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}"));
        }
    }

    private abstract record IngestItem
    {
        public sealed record New(Core.Documents.Document Document) : IngestItem;

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
