using Microsoft.Extensions.Logging;
using Triangulate.Cases;
using Triangulate.Export;
using Triangulate.Web.Search;

namespace Triangulate.Web.Hosting;

/// <summary>
/// The case the server works on: one workspace (one SQLite connection, used by one thread at a time behind a gate)
/// and the current <see cref="CaseView"/>, replaced whole when the case changes. Requests read the view without
/// waiting; writes (decisions, uploads) and rebuilds take the gate.
/// </summary>
internal sealed class CaseHost : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CaseWorkspace _workspace;
    private readonly ILogger<CaseHost> _logger;
    private CaseView? _view;

    // The current view was built while another process held the case: built again on the watcher's next round.
    private volatile bool _provisional;

    public CaseHost(WebServerOptions options, ILogger<CaseHost> logger)
    {
        _workspace = CaseWorkspace.Open(options.CaseFolder);
        _logger = logger;
        Directory.CreateDirectory(_workspace.Folder);
        Search = new SearchIndex(Path.Combine(_workspace.Folder, SearchIndex.FileName));
        Options = options;
    }

    /// <summary>The case as it is shown (a folder's name, or a server case's URL without any password).</summary>
    public string CaseName => CaseLocation.Postgres(Options.CaseFolder) is null ? Path.GetFileName(Path.GetFullPath(Options.CaseFolder)) : _workspace.Display;

    public WebServerOptions Options { get; }

    public SearchIndex Search { get; }

    /// <summary>The current view (built on first use).</summary>
    public CaseView View => Volatile.Read(ref _view) ?? Load();

    /// <summary>Runs <paramref name="work"/> on the workspace alone, then builds the view again.</summary>
    public async Task<T> ChangeAsync<T>(Func<CaseWorkspace, T> work, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            T result;
            try
            {
                result = work(_workspace);
            }
            finally
            {
                // The server holds the case only while it changes it: a `triangulate add` may run next.
                _workspace.ReleaseWriteLock();
            }

            Rebuild();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Builds the view again when another process (a <c>triangulate add</c> or a decision from the CLI) changed the
    /// case. A view is taken only once that process has resolved everything it stored, so it never shows documents
    /// the resolution does not cover yet. Skipped while this server is itself changing the case.
    /// </summary>
    public bool RefreshIfChanged()
    {
        if (!_gate.Wait(0))
        {
            return false;
        }

        try
        {
            var stamp = CurrentStamp();
            if (_view is not null && stamp == _view.Stamp && !_provisional)
            {
                return false;
            }

            if (_workspace.Store.LastSequence() != stamp.ResolvedThrough && _view is not null)
            {
                return false;
            }

            // Decisions made by another process: its snapshot may have been saved before its last decision was
            // stored, so the snapshot is built again here, with every decision the case holds.
            Rebuild(force: _view is not null && stamp.Decisions != _view.Stamp.Decisions);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private CaseView Load()
    {
        _gate.Wait();
        try
        {
            return _view ?? Rebuild();
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool CaseIsFree()
    {
        return _workspace.IsFree();
    }

    private CaseStamp CurrentStamp() =>
        new(_workspace.Store.ResolutionIndex.LoadHeader()?.ThroughSequence ?? 0, _workspace.Store.Decisions().Count);

    private CaseView Rebuild(bool force = false)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        // One snapshot of the resolution (read from the case, or built when documents or decisions changed), and the
        // documents it covers: those of a run still adding are left for the next view.
        // Another process (an add, a decision from the CLI) may be writing while the view is built: it stores its
        // decision first and saves the resolution that follows from it after, so a view read in between is stale
        // although the stamp already counts the decision. Such a view is marked provisional, so
        // the watcher builds it again on its next round, until a view is built with the case at rest.
        var freeBefore = CaseIsFree();
        var before = CurrentStamp();
        var resolution = _workspace.Resolve(force);
        var stamp = CurrentStamp();
        _provisional = !freeBefore || stamp != before || !CaseIsFree();

        var documents = _workspace.Store.Documents().TakeWhile(d => d.Sequence <= stamp.ResolvedThrough).Select(d => d.Document).ToList();
        var file = CaseFileBuilder.Build(documents, resolution);
        var view = new CaseView(file, resolution, _workspace.Store.Decisions(), stamp);
        Search.Sync(view);
        Volatile.Write(ref _view, view);
        _logger.LogInformation("case view built: {Documents} documents in {Elapsed} ms", file.Documents.Count, started.ElapsedMilliseconds);
        return view;
    }

    public void Dispose()
    {
        _workspace.Dispose();
        Search.Dispose();
        _gate.Dispose();
    }
}
