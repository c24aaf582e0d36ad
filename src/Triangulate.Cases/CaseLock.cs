using System.Globalization;

namespace Triangulate.Cases;

/// <summary>
/// The case-level write lock: one process at a time adds to a case, records a decision or saves the views'
/// snapshot. It is an exclusive lock on <c>write.lock</c> in the case folder (flock on Linux, a share lock on
/// Windows), which the operating system releases when the holder exits, even by kill -9, so a crashed add never
/// leaves the case locked. The holder's pid and command are written beside it, in <c>write.pid</c>, for the message
/// a waiting process prints (the locked file itself cannot be read by another process on every platform).
/// </summary>
public sealed class CaseLock : IDisposable
{
    private const string LockFile = "write.lock";
    private const string HolderFile = "write.pid";
    private readonly FileStream _stream;
    private readonly string _folder;

    private CaseLock(FileStream stream, string folder)
    {
        _stream = stream;
        _folder = folder;
    }

    /// <summary>Takes the lock if no other process holds it; null when one does.</summary>
    /// <param name="folder">The case folder (created if needed).</param>
    /// <param name="command">What the holder is doing, for the message others print ("add", "merge", ...).</param>
    public static CaseLock? TryAcquire(string folder, string command)
    {
        Directory.CreateDirectory(folder);
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            File.WriteAllText(Path.Combine(folder, HolderFile), $"{Environment.ProcessId} {command}\n");
        }
        catch (IOException)
        {
            // The pid is only for a waiting process's message; the lock holds without it.
        }

        return new CaseLock(stream, folder);
    }

    /// <summary>
    /// Takes the lock, waiting for another process to release it; <paramref name="waiting"/> is called once, when
    /// the first try finds it held, with the holder as <see cref="Holder"/> reads it.
    /// </summary>
    public static CaseLock Acquire(string folder, string command, Action<LockHolder?>? waiting = null, CancellationToken cancellationToken = default)
    {
        var told = false;
        while (true)
        {
            if (TryAcquire(folder, command) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                told = true;
                waiting?.Invoke(Holder(folder));
            }

            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The process that last took the lock, as it wrote itself down (null when unknown).</summary>
    public static LockHolder? Holder(string folder)
    {
        try
        {
            var parts = File.ReadAllText(Path.Combine(folder, HolderFile)).Trim().Split(' ', 2);
            return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? new LockHolder(pid, parts.Length > 1 ? parts[1] : "command")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(_folder, HolderFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale pid file only changes a waiting process's message, never who gets the lock.
        }

        _stream.Dispose();
    }
}

/// <summary>The process holding a case's write lock.</summary>
/// <param name="Pid">Its process id.</param>
/// <param name="Command">What it is doing ("add", "merge", "view").</param>
public sealed record LockHolder(int Pid, string Command);
