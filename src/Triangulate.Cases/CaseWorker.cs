using Npgsql;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cases;

/// <summary>
/// A worker of a case on PostgreSQL: claims a batch of queued documents with a lease (renewed while it works),
/// annotates it on <see cref="WorkerOptions.Threads"/> threads, stores each document with its job marked done in one
/// transaction, then resolves what can be resolved if no other process is resolving. Any number of workers on any
/// number of machines may run at once; one killed leaves its lease to run out and its batch to another. Resolution runs
/// under the case's write lock and in input order only, so the result equals one process adding the same documents.
/// </summary>
public sealed class CaseWorker(CaseWorkspace workspace, WorkerOptions options)
{
    /// <summary>This worker's name in the queue (machine, process, a random part).</summary>
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// Works until the queue has nothing queued or in progress (or, with <see cref="WorkerOptions.Follow"/>, until
    /// cancelled), then brings the resolution up to date and returns.
    /// </summary>
    public WorkerSummary Run(Action<string>? notice = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (workspace.Store is not PostgresCaseStore store)
        {
            throw new InvalidOperationException($"the case '{workspace.Display}' is a folder: workers need a case on PostgreSQL (use `add` here)");
        }

        var queue = new PostgresWorkQueue(store);
        int stored = 0, failed = 0, present = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var jobs = queue.Claim(Name, options.Batch, options.Lease);
            if (jobs.Count == 0)
            {
                workspace.TryUpdate();
                var counts = queue.Counts();
                if (counts.Queued + counts.Working == 0 && !options.Follow)
                {
                    break;
                }

                // Others hold the rest: wait for them to finish, or for a lease to run out (a worker died).
                cancellationToken.WaitHandle.WaitOne(options.Poll);
                continue;
            }

            using (new LeaseKeeper(store.Location, Name, jobs.Select(j => j.Seq).ToList(), options.Lease, notice))
            {
                var annotated = jobs.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads)
                    .Select(job => (Job: job, Result: CaseIngestor.Annotate(workspace.Pipeline, job.Document)))
                    .ToList();
                foreach (var (job, (warning, error)) in annotated)
                {
                    if (warning is not null)
                    {
                        notice?.Invoke($"warning: {warning}");
                    }

                    if (error is null)
                    {
                        _ = queue.Complete(store, job.Seq, job.Document) ? stored++ : present++;
                    }
                    else
                    {
                        failed++;
                        queue.Fail(job.Seq, $"{job.Document.Metadata.Name}: {error}");
                        notice?.Invoke($"rejected: {job.Document.Metadata.Name}: {error}");
                    }
                }
            }

            workspace.TryUpdate();
        }

        // The last documents, whoever stored them: wait for a resolver still running, then resolve what remains.
        var update = workspace.Update();
        workspace.ReleaseWriteLock();
        return new WorkerSummary(stored, present, failed, update.Documents, update.Entities);
    }

    /// <summary>Renews a batch's lease from its own connection and thread while the batch is annotated.</summary>
    private sealed class LeaseKeeper : IDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly Timer _timer;
        private readonly Lock _gate = new();
        private bool _disposed;

        public LeaseKeeper(PostgresLocation location, string worker, IReadOnlyList<long> jobs, TimeSpan lease, Action<string>? notice)
        {
            _connection = new NpgsqlConnection(location.Connection.ConnectionString);
            _connection.Open();
            var queue = new PostgresWorkQueue(_connection);
            var period = lease / 3;
            _timer = new Timer(
                _ =>
                {
                    lock (_gate)
                    {
                        try
                        {
                            if (!_disposed && !queue.Renew(worker, jobs, lease))
                            {
                                notice?.Invoke("a lease ran out before it was renewed: another worker may annotate the same documents (each is stored once)");
                            }
                        }
                        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                        {
                            // The lease runs out and another worker takes the batch; storing it here fails or finds it stored.
                            notice?.Invoke($"could not renew the lease: {ex.Message.Split('\n')[0]}");
                        }
                    }
                },
                null,
                period,
                period);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
            }

            _timer.Dispose();
            _connection.Dispose();
        }
    }
}

/// <summary>How a worker works.</summary>
/// <param name="Threads">Documents annotated at once.</param>
/// <param name="Batch">Jobs claimed at a time.</param>
/// <param name="Lease">How long a claim holds without renewal (a dead worker's batch waits this long).</param>
/// <param name="Poll">How long to wait when others hold every open job.</param>
/// <param name="Follow">Keep waiting for new jobs when the queue is empty (a scraper adds all day), until stopped.</param>
public sealed record WorkerOptions(int Threads, int Batch, TimeSpan Lease, TimeSpan Poll, bool Follow = false);

/// <summary>What a worker did.</summary>
/// <param name="Stored">Documents it stored.</param>
/// <param name="AlreadyPresent">Documents it annotated but found stored (by another worker or an add).</param>
/// <param name="Failed">Documents whose annotation failed.</param>
/// <param name="Documents">Documents the case's resolution covers at the end.</param>
/// <param name="Entities">Entities in the index at the end.</param>
public sealed record WorkerSummary(int Stored, int AlreadyPresent, int Failed, int Documents, int Entities);
