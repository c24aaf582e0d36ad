using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;

namespace Triangulate.Storage;

/// <summary>
/// The statements that read and write the tables both stores share in the same SQL (decisions, the views' snapshot,
/// counts, migrations): written once, run on an SQLite or a PostgreSQL connection.
/// </summary>
internal static class CaseTables
{
    /// <summary>Writes the resolution index's header row (parameters: the header's fields and <c>@Now</c>).</summary>
    public const string SaveIndexHeader =
        """
        INSERT INTO res_header (id, version, through_seq, documents, nodes, claims, entities, lines, saved_at)
        VALUES (1, @Version, @ThroughSequence, @Documents, @Nodes, @Claims, @Entities, @Lines, @Now)
        ON CONFLICT (id) DO UPDATE SET version = excluded.version, through_seq = excluded.through_seq,
            documents = excluded.documents, nodes = excluded.nodes, claims = excluded.claims,
            entities = excluded.entities, lines = excluded.lines, saved_at = excluded.saved_at
        """;

    /// <summary>Empties the resolution index and the snapshot built from it.</summary>
    public const string ClearIndex =
        """
        DELETE FROM res_header; DELETE FROM res_documents; DELETE FROM res_parents; DELETE FROM res_groups;
        DELETE FROM res_lines; DELETE FROM res_blocks; DELETE FROM resolution;
        """;

    /// <summary>The time now as stored (ISO 8601).</summary>
    public static string Now => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public static void AddDecision(IDbConnection connection, string kind, string a, string b) =>
        connection.Execute("INSERT INTO decisions (kind, a, b, made_at) VALUES (@kind, @a, @b, @now)", new { kind, a, b, now = Now });

    public static IReadOnlyList<(string Kind, string A, string B)> Decisions(IDbConnection connection, IDbTransaction? tx) =>
        connection.Query<(string, string, string)>("SELECT kind, a, b FROM decisions ORDER BY seq", transaction: tx).ToList();

    public static void SaveResolution(IDbConnection connection, string json, long throughSequence, ResolutionCounts? counts) =>
        connection.Execute(
            """
            INSERT INTO resolution (id, through_seq, json, saved_at, counts) VALUES (1, @throughSequence, @json, @now, @counts)
            ON CONFLICT (id) DO UPDATE SET through_seq = excluded.through_seq, json = excluded.json, saved_at = excluded.saved_at,
                counts = excluded.counts
            """,
            new { throughSequence, json, now = Now, counts = counts is null ? null : JsonSerializer.Serialize(counts, StoredLayers.Json) });

    public static (ResolutionCounts Counts, long ThroughSequence)? LoadResolutionCounts(IDbConnection connection, IDbTransaction? tx)
    {
        var row = connection.QuerySingleOrDefault<(string? Counts, long Through)?>("SELECT counts, through_seq FROM resolution WHERE id = 1", transaction: tx);
        return row is { Counts: { } counts } r && JsonSerializer.Deserialize<ResolutionCounts>(counts, StoredLayers.Json) is { } c ? (c, r.Through) : null;
    }

    public static (string Json, long ThroughSequence)? LoadResolution(IDbConnection connection, IDbTransaction? tx)
    {
        var row = connection.QuerySingleOrDefault<(string Json, long Through)?>("SELECT json, through_seq FROM resolution WHERE id = 1", transaction: tx);
        return row is { } r ? (r.Json, r.Through) : null;
    }

    public static CaseStatus Status(IDbConnection connection, IDbTransaction? tx, int schemaVersion)
    {
        long Count(string table) => connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}", transaction: tx);
        var last = connection.ExecuteScalar<long?>("SELECT max(seq) FROM documents", transaction: tx) ?? 0;
        var resolved = connection.ExecuteScalar<long?>("SELECT through_seq FROM res_header WHERE id = 1", transaction: tx) ?? 0;
        return new CaseStatus(Count("documents"), Count("mentions"), Count("times"), Count("quantities"), Count("claims"), last, resolved, schemaVersion);
    }

    /// <summary>
    /// Runs the migrations a case has not had, in <paramref name="tx"/> (which the caller holds under a lock that keeps
    /// other processes out), after creating <c>schema_version</c>; refuses a case a newer Triangulate wrote.
    /// </summary>
    /// <returns>The schema version after migration.</returns>
    public static int Migrate(IDbConnection connection, IDbTransaction tx, IReadOnlyList<string> migrations)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version", transaction: tx) ?? 0;
        if (version > migrations.Count)
        {
            throw new InvalidOperationException($"The case was written by a newer Triangulate (schema {version}; this one knows {migrations.Count}).");
        }

        for (var v = version; v < migrations.Count; v++)
        {
            connection.Execute(migrations[v], transaction: tx);
            connection.Execute("INSERT INTO schema_version (version) VALUES (@version)", new { version = v + 1 }, tx);
        }

        return migrations.Count;
    }
}
