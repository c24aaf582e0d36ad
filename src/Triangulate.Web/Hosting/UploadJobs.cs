using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Triangulate.Readers;

namespace Triangulate.Web.Hosting;

/// <summary>
/// Reports uploaded through the web, added to the case in the background as <c>triangulate add</c> adds them (read,
/// annotate, store, resolve), with their progress for the page that uploaded them.
/// </summary>
internal sealed class UploadJobs(CaseHost host, ILogger<UploadJobs> logger)
{
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new(StringComparer.Ordinal);

    public UploadJob? Get(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Starts adding the files of <paramref name="folder"/> (a temporary folder the job deletes when done).</summary>
    public UploadJob Start(string folder, IReadOnlyList<string> files, ReaderOptions options)
    {
        var job = new UploadJob(Guid.NewGuid().ToString("N"), files.Count);
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                var summary = await host.ChangeAsync(workspace =>
                {
                    job.Report("adding", 0);
                    var summary = workspace.Add(
                        files, options,
                        (done, _) => job.Report("adding", done),
                        r => job.Reject($"{Path.GetFileName(r.Location)}: {r.Reason}"));
                    job.Report("resolving", files.Count);
                    workspace.Update();
                    return summary;
                });

                // Done once the view shows the new reports, so the page that asks next finds them.
                job.Finish(summary.Added, summary.AlreadyPresent);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "upload {Id} failed", job.Id);
                job.Fail($"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            }
            finally
            {
                TryDelete(folder);
            }
        });
        return job;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

/// <summary>One upload being added: its stage, how many files are done, what was added and rejected.</summary>
internal sealed class UploadJob(string id, int total)
{
    private readonly object _lock = new();
    private readonly List<string> _rejected = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private UploadStatus _status = new(id, "queued", 0, total, 0, 0, [], null);

    public string Id { get; } = id;

    public UploadStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Completes when the status next changes.</summary>
    public Task Changed
    {
        get
        {
            lock (_lock)
            {
                return _changed.Task;
            }
        }
    }

    public void Report(string stage, int done) => Set(s => s with { Stage = stage, Done = done });

    public void Reject(string reason)
    {
        lock (_lock)
        {
            _rejected.Add(reason);
        }

        Set(s => s with { Rejected = [.. _rejected] });
    }

    public void Finish(int added, int present) => Set(s => s with { Stage = "done", Done = s.Total, Added = added, AlreadyPresent = present });

    public void Fail(string error) => Set(s => s with { Stage = "failed", Error = error });

    private void Set(Func<UploadStatus, UploadStatus> change)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _status = change(_status);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}

/// <summary>Progress of an upload: stage (queued, adding, resolving, done, failed) and counts.</summary>
internal sealed record UploadStatus(string Id, string Stage, int Done, int Total, int Added, int AlreadyPresent, IReadOnlyList<string> Rejected, string? Error)
{
    public bool Finished => Stage is "done" or "failed";
}
