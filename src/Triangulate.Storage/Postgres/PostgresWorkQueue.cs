using System.Text.Json;
using Dapper;
using Npgsql;
using Triangulate.Core.Documents;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// The work queue of a PostgreSQL case, all its SQL in this one file. <c>queue</c> reads the inputs once and stores each
/// document's text here, taking its place in the case (<c>seq</c>, from the sequence documents draw from) in input
/// order. A worker claims a batch with <c>FOR UPDATE SKIP LOCKED</c> and a lease it renews while it works; it stores
/// each document and marks its job done in one transaction. A lease that runs out (a worker killed, a machine lost)
/// frees the job for another worker; a job abandoned <see cref="MaxAttempts"/> times is failed, not retried forever.
/// </summary>
public sealed class PostgresWorkQueue(NpgsqlConnection connection)
{
    /// <summary>Claims of one job after which, when its lease runs out again, it is failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The queue of a store, on the store's connection (use it from the store's thread only).</summary>
    public PostgresWorkQueue(PostgresCaseStore store)
        : this((store ?? throw new ArgumentNullException(nameof(store))).Connection)
    {
    }

    /// <summary>
    /// Queues documents in order, each after every document queued before it; a document already in the case or in
    /// the queue is left out. One transaction for the lot.
    /// </summary>
    /// <returns>How many were queued.</returns>
    public int Enqueue(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var tx = connection.BeginTransaction();
        var queued = 0;
        foreach (var document in documents)
        {
            queued += connection.Execute(
                """
                INSERT INTO jobs (seq, doc, document)
                SELECT nextval('case_seq'), @Id, @Json
                WHERE NOT EXISTS (SELECT 1 FROM documents WHERE id = @Id)
                ON CONFLICT (doc) DO NOTHING
                """,
                new { document.Id, Json = JsonSerializer.Serialize(new QueuedDocument(document.Text, document.Metadata), StoredLayers.Json) },
                tx);
        }

        tx.Commit();
        return queued;
    }

    /// <summary>
    /// Claims up to <paramref name="count"/> jobs, oldest first: queued ones, and those whose lease ran out. Jobs other
    /// workers hold locked at this moment are skipped, not waited for.
    /// </summary>
    public IReadOnlyList<ClaimedJob> Claim(string worker, int count, TimeSpan lease)
    {
        using var tx = connection.BeginTransaction();
        connection.Execute(
            """
            UPDATE jobs SET state = 'failed', done_at = now(), document = '',
                error = 'abandoned: its lease ran out ' || attempts || ' times (the worker died or was stopped each time)'
            WHERE state = 'working' AND lease_until < now() AND attempts >= @MaxAttempts
            """,
            new { MaxAttempts },
            tx);
        var jobs = connection.Query<(long Seq, string Document, int Attempts)>(
            """
            UPDATE jobs SET state = 'working', worker = @worker, attempts = attempts + 1,
                lease_until = now() + make_interval(secs => @seconds)
            WHERE seq IN (
                SELECT seq FROM jobs
                WHERE state = 'queued' OR (state = 'working' AND lease_until < now())
                ORDER BY seq LIMIT @count
                FOR UPDATE SKIP LOCKED)
            RETURNING seq, document, attempts
            """,
            new { worker, count, seconds = lease.TotalSeconds },
            tx).OrderBy(j => j.Seq).ToList();
        tx.Commit();
        return jobs.Select(j =>
        {
            var queued = JsonSerializer.Deserialize<QueuedDocument>(j.Document, StoredLayers.Json)!;
            return new ClaimedJob(j.Seq, new Document(queued.Text, queued.Metadata), j.Attempts);
        }).ToList();
    }

    /// <summary>Extends the lease of the jobs this worker still holds; false when it lost one (its lease ran out and another took it).</summary>
    public bool Renew(string worker, IReadOnlyCollection<long> jobs, TimeSpan lease) =>
        connection.Execute(
            "UPDATE jobs SET lease_until = now() + make_interval(secs => @seconds) WHERE seq = ANY(@jobs) AND worker = @worker AND state = 'working'",
            new { worker, jobs = jobs.ToArray(), seconds = lease.TotalSeconds }) == jobs.Count;

    /// <summary>
    /// Stores an annotated document at its job's place and marks the job done, in one transaction. A document another
    /// worker stored first (it took the job over after this one's lease ran out) is not stored twice.
    /// </summary>
    /// <returns>Whether this call stored it.</returns>
    public bool Complete(PostgresCaseStore store, long job, Document document)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var tx = connection.BeginTransaction();
        var stored = store.Insert(tx, document, job) is not null;
        connection.Execute("UPDATE jobs SET state = 'done', done_at = now(), document = '', error = NULL WHERE seq = @job", new { job }, tx);
        tx.Commit();
        return stored;
    }

    /// <summary>Marks a job failed (a document annotation could not handle), with the reason.</summary>
    public void Fail(long job, string error) =>
        connection.Execute("UPDATE jobs SET state = 'failed', done_at = now(), document = '', error = @error WHERE seq = @job AND state <> 'done'", new { job, error });

    /// <summary>
    /// The last sequence resolution may reach: every document below the oldest job not yet done is in the case for
    /// good, so resolving up to it keeps input order (null when no job is open).
    /// </summary>
    public long? ResolvableThrough() =>
        connection.ExecuteScalar<long?>("SELECT min(seq) FROM jobs WHERE state IN ('queued', 'working')") is { } open ? open - 1 : null;

    /// <summary>How many jobs are in each state.</summary>
    public QueueCounts Counts()
    {
        var byState = connection.Query<(string State, long Count)>("SELECT state, count(*) FROM jobs GROUP BY state")
            .ToDictionary(r => r.State, r => r.Count, StringComparer.Ordinal);
        return new QueueCounts(byState.GetValueOrDefault("queued"), byState.GetValueOrDefault("working"), byState.GetValueOrDefault("done"), byState.GetValueOrDefault("failed"));
    }

    /// <summary>The failed jobs' documents and reasons, oldest first.</summary>
    public IReadOnlyList<(long Seq, string Error)> Failures() =>
        connection.Query<(long, string)>("SELECT seq, coalesce(error, '') FROM jobs WHERE state = 'failed' ORDER BY seq").ToList();

    private sealed record QueuedDocument(string Text, DocumentMetadata Metadata);
}

/// <summary>A job a worker holds: the document to annotate and store at <paramref name="Seq"/>.</summary>
/// <param name="Seq">Its place in the case.</param>
/// <param name="Document">The document as read by <c>queue</c>, not yet annotated.</param>
/// <param name="Attempts">How many times it has been claimed, this time included.</param>
public sealed record ClaimedJob(long Seq, Document Document, int Attempts);
