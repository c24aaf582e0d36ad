using Npgsql;
using Triangulate.Storage.Postgres;

namespace Triangulate.Testing;

/// <summary>
/// The PostgreSQL server the store tests run against: <c>TRIANGULATE_TEST_POSTGRES</c> holds its connection string
/// (<c>.ci/run</c> starts a throwaway cluster and sets it). Each test works in a schema of its own, dropped after.
/// </summary>
internal static class TestPostgres
{
    /// <summary>The environment variable naming the server.</summary>
    public const string Variable = "TRIANGULATE_TEST_POSTGRES";

    private static readonly Lazy<string?> Unreachable = new(Probe);

    /// <summary>The connection string, or null when none is set.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Why the PostgreSQL tests cannot run here, or null when they can. In CI (<c>CI</c> set) they always run, so a
    /// missing server fails them instead of skipping them.
    /// </summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? null : Unreachable.Value;

    private static string? Probe()
    {
        if (ConnectionString is not { } connectionString)
        {
            return $"no PostgreSQL server: set {Variable} to a connection string (`source .ci/postgres.sh` starts one)";
        }

        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"the PostgreSQL server of {Variable} is not reachable ({ex.Message.Split('\n')[0]})";
        }
    }

    /// <summary>A case location in a new schema of the test server.</summary>
    public static PostgresLocation NewCase(string prefix = "t") =>
        PostgresLocation.Parse($"{ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set")};Schema={prefix}_{Guid.NewGuid():N}");

    /// <summary>Drops a test schema and everything in it.</summary>
    public static void Drop(PostgresLocation location)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{location.Schema}\" CASCADE", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A fact that needs the PostgreSQL test server: skipped, with the reason, when none is reachable outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason;
}
