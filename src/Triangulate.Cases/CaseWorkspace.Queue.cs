using Triangulate.Readers;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cases;

/// <summary>Queuing inputs for the workers of a case on PostgreSQL.</summary>
public sealed partial class CaseWorkspace
{
    /// <summary>
    /// Reads the inputs once and puts each document's text in the case's work queue, in input order (the order the
    /// workers' results are resolved in); nothing is annotated here. A document already in the case or the queue is
    /// left out. Only a case on PostgreSQL has a queue.
    /// </summary>
    public QueueSummary Queue(
        IReadOnlyList<string> files,
        ReaderOptions? options = null,
        Action<ReadResult.Rejected>? rejected = null,
        Action<string>? warned = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (_store is not PostgresCaseStore server)
        {
            throw new InvalidOperationException($"the case '{Display}' is a folder: only a case on PostgreSQL has a work queue (use `add` here)");
        }

        var reader = new DocumentReader(options ?? ReaderOptions.Default);
        var queue = new PostgresWorkQueue(server);
        int read = 0, queued = 0, rejectedCount = 0, skipped = 0;
        const int Batch = 32;
        for (var offset = 0; offset < files.Count; offset += Batch)
        {
            var results = files.Skip(offset).Take(Batch).AsParallel().AsOrdered().Select(reader.ReadFile).ToList().SelectMany(r => r);
            var documents = new List<Core.Documents.Document>();
            foreach (var result in results)
            {
                switch (result)
                {
                    case ReadResult.Read item:
                        documents.Add(item.Document);
                        foreach (var warning in item.Warnings ?? [])
                        {
                            warned?.Invoke(warning);
                        }

                        break;
                    case ReadResult.Rejected rejection:
                        rejectedCount++;
                        rejected?.Invoke(rejection);
                        break;
                    default:
                        skipped++;
                        break;
                }
            }

            read += documents.Count;
            queued += queue.Enqueue(documents);
        }

        return new QueueSummary(read, queued, rejectedCount, skipped);
    }
}

/// <summary>What <see cref="CaseWorkspace.Queue"/> did.</summary>
/// <param name="Read">Documents read from the inputs.</param>
/// <param name="Queued">Documents queued (the others were in the case or the queue already).</param>
/// <param name="Rejected">Inputs rejected.</param>
/// <param name="Skipped">Inputs skipped (a format no reader handles).</param>
public sealed record QueueSummary(int Read, int Queued, int Rejected, int Skipped);
