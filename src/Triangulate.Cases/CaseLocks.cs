using Triangulate.Storage.Postgres;

namespace Triangulate.Cases;

/// <summary>
/// The case-level write lock of one store: a locked file in a case folder (<see cref="CaseLock"/>), or a session
/// advisory lock on a PostgreSQL case (<see cref="PostgresWriteLock"/>). Either is released by the operating system
/// or the server when its holder dies, so waiting for it is always safe.
/// </summary>
public abstract class CaseLocks
{
    /// <summary>Takes the lock if it is free; null when another process holds it.</summary>
    public abstract IDisposable? TryAcquire(string command);

    /// <summary>The process holding the lock, as it named itself (null when unknown).</summary>
    public abstract LockHolder? Holder();

    /// <summary>
    /// Takes the lock, waiting for its holder to release it; <paramref name="waiting"/> is called once, when the first
    /// try finds it held.
    /// </summary>
    public IDisposable Acquire(string command, Action<LockHolder?>? waiting = null, CancellationToken cancellationToken = default)
    {
        var told = false;
        while (true)
        {
            if (TryAcquire(command) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                told = true;
                waiting?.Invoke(Holder());
            }

            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The lock of a case folder.</summary>
    public sealed class Folder(string folder) : CaseLocks
    {
        /// <inheritdoc />
        public override IDisposable? TryAcquire(string command) => CaseLock.TryAcquire(folder, command);

        /// <inheritdoc />
        public override LockHolder? Holder() => CaseLock.Holder(folder);
    }

    /// <summary>The lock of a PostgreSQL case.</summary>
    public sealed class Postgres(PostgresLocation location) : CaseLocks
    {
        /// <inheritdoc />
        public override IDisposable? TryAcquire(string command) => PostgresWriteLock.TryAcquire(location, command);

        /// <inheritdoc />
        public override LockHolder? Holder() =>
            PostgresWriteLock.Holder(location) is { } h ? new LockHolder(h.Pid, h.Machine == Environment.MachineName ? h.Command : $"{h.Command} on {h.Machine}") : null;
    }
}
