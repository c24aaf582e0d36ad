using Dapper;
using Npgsql;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// The case-level write lock on PostgreSQL: a session advisory lock on the case's schema, held by a connection of its
/// own (not pooled, so closing it ends the session). The server releases it when that session ends for any reason,
/// a process killed with -9 or a machine lost included, so no crash leaves the case locked. The holder names itself in
/// its connection's application name, which another process reads for its "waiting for the case" message.
/// </summary>
public sealed class PostgresWriteLock : IDisposable
{
    // The first key of the two-key advisory lock: the write lock's class (the second is the schema's hash).
    private const int LockClass = 0x5472_6931;
    private readonly NpgsqlConnection _connection;

    private PostgresWriteLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Takes the lock if no other session holds it; null when one does.</summary>
    /// <param name="location">The case.</param>
    /// <param name="command">What the holder is doing ("add", "worker", ...), for others' messages.</param>
    public static PostgresWriteLock? TryAcquire(PostgresLocation location, string command)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new NpgsqlConnectionStringBuilder(location.Connection.ConnectionString)
        {
            Pooling = false,
            ApplicationName = Truncate($"triangulate:{command}:{Environment.ProcessId}:{Environment.MachineName}"),
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            if (connection.ExecuteScalar<bool>("SELECT pg_try_advisory_lock(@LockClass, hashtext(@Schema))", new { LockClass, location.Schema }))
            {
                return new PostgresWriteLock(connection);
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        connection.Dispose();
        return null;
    }

    /// <summary>The session holding the lock, as its application name tells it: (process id, command, machine), or null.</summary>
    public static (int Pid, string Command, string Machine)? Holder(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var connection = new NpgsqlConnection(location.Connection.ConnectionString);
        connection.Open();
        var name = connection.ExecuteScalar<string?>(
            """
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = @LockClass::oid AND l.objid = hashtext(@Schema)::oid AND l.objsubid = 2
            LIMIT 1
            """,
            new { LockClass, location.Schema });
        var parts = name?.Split(':');
        return parts is { Length: >= 4 } && int.TryParse(parts[2], out var pid) ? (pid, parts[1], parts[3]) : null;
    }

    private static string Truncate(string name) => name.Length <= 63 ? name : name[..63];

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
