using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Triangulate.Resolution.Index;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The resolution index in the case database (<c>res_*</c> tables). Lookups by key are prepared once and reused:
/// adding a document makes a few hundred of them, and re-preparing each would cost more than the lookup.
/// </summary>
internal sealed class SqliteResolutionIndex(SqliteConnection connection) : IResolutionIndexStore, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private SqliteCommand? _parent;
    private SqliteCommand? _group;
    private SqliteCommand? _parents;
    private SqliteCommand? _blocks;
    private SqliteCommand? _block;

    /// <inheritdoc />
    public IndexHeader? LoadHeader() =>
        connection.QuerySingleOrDefault<HeaderRow>(
            "SELECT version, through_seq AS ThroughSeq, documents, nodes, claims, entities, lines FROM res_header WHERE id = 1") is { } h
            ? new IndexHeader(h.Version, h.ThroughSeq, (int)h.Documents, (int)h.Nodes, (int)h.Claims, (int)h.Entities, h.Lines)
            : null;

    /// <inheritdoc />
    public int LoadParent(int node)
    {
        var command = Prepared(ref _parent, "SELECT parent FROM res_parents WHERE node = $key");
        command.Parameters[0].Value = node;
        return command.ExecuteScalar() is long parent ? (int)parent : node;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<int, int> LoadParents(IReadOnlyCollection<int> nodes)
    {
        // One statement for the lot (the ids as a JSON array): a new document follows hundreds of block entries to
        // their sets, and one lookup per entry would cost more than the rest of its resolution.
        var command = Prepared(ref _parents, "SELECT node, parent FROM res_parents WHERE node IN (SELECT value FROM json_each($key))");
        command.Parameters[0].Value = JsonSerializer.Serialize(nodes, Json);
        var parents = new Dictionary<int, int>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            parents[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return parents;
    }

    /// <inheritdoc />
    public string? LoadGroup(int root)
    {
        var command = Prepared(ref _group, "SELECT data FROM res_groups WHERE root = $key");
        command.Parameters[0].Value = root;
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public IndexBlock LoadBlock(string key, int newest)
    {
        var command = Prepared(ref _block, "SELECT count, entries FROM res_blocks WHERE key = $key");
        command.Parameters[0].Value = key;
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadBlock(reader, newest) : new IndexBlock(0, []);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IndexBlock> LoadBlocks(IReadOnlyCollection<string> keys, int newest)
    {
        var command = Prepared(ref _blocks, "SELECT count, entries, key FROM res_blocks WHERE key IN (SELECT value FROM json_each($key))");
        command.Parameters[0].Value = JsonSerializer.Serialize(keys, Json);
        var blocks = new Dictionary<string, IndexBlock>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            blocks[reader.GetString(2)] = ReadBlock(reader, newest);
        }

        return blocks;
    }

    // Entries are stored as their in-memory layout (two little-endian 32-bit integers each).
    private static IndexBlock ReadBlock(SqliteDataReader reader, int newest)
    {
        var entries = MemoryMarshal.Cast<byte, BlockEntry>(reader.GetFieldValue<byte[]>(1)).ToArray();
        return new IndexBlock(reader.GetInt32(0), entries.Length <= newest ? entries : entries[^newest..]);
    }

    /// <inheritdoc />
    public IEnumerable<IndexedDocument> LoadDocuments()
    {
        foreach (var row in connection.Query<DocumentRow>(
            "SELECT seq, first_node AS FirstNode, first_claim AS FirstClaim, mention_nodes AS MentionNodes, candidates FROM res_documents ORDER BY seq",
            buffered: false))
        {
            yield return new IndexedDocument(
                row.Seq, (int)row.FirstNode, (int)row.FirstClaim,
                JsonSerializer.Deserialize<int[]>(row.MentionNodes, Json) ?? [],
                JsonSerializer.Deserialize<int[][]>(row.Candidates, Json) ?? []);
        }
    }

    /// <inheritdoc />
    public IEnumerable<(int Node, int Parent)> LoadParents() =>
        connection.Query<(long, long)>("SELECT node, parent FROM res_parents ORDER BY node", buffered: false)
            .Select(r => ((int)r.Item1, (int)r.Item2));

    /// <inheritdoc />
    public IEnumerable<(int Node, string Line)> LoadLines() =>
        connection.Query<(long, string)>("SELECT node, line FROM res_lines ORDER BY seq", buffered: false)
            .Select(r => ((int)r.Item1, r.Item2));

    /// <inheritdoc />
    public void Save(IndexChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var tx = connection.BeginTransaction();
        var stored = connection.ExecuteScalar<long?>("SELECT through_seq FROM res_header WHERE id = 1", transaction: tx) ?? 0;
        if (stored != changes.PreviousThroughSequence)
        {
            throw new ResolutionIndexConflictException(
                $"the resolution index was saved through document {stored} by another run; this run read it through {changes.PreviousThroughSequence}");
        }

        var h = changes.Header;
        connection.Execute(
            CaseTables.SaveIndexHeader,
            new { h.Version, h.ThroughSequence, h.Documents, h.Nodes, h.Claims, h.Entities, h.Lines, Now = CaseTables.Now },
            tx);
        Write(tx, "INSERT OR REPLACE INTO res_documents (seq, first_node, first_claim, mention_nodes, candidates) VALUES ($a, $b, $c, $d, $e)",
            changes.Documents, d => [d.Sequence, d.FirstNode, d.FirstClaim, JsonSerializer.Serialize(d.MentionNodes, Json), JsonSerializer.Serialize(d.Candidates, Json)]);
        Write(tx, "INSERT OR REPLACE INTO res_parents (node, parent) VALUES ($a, $b)", changes.Parents, p => [p.Key, p.Value]);
        Write(tx, "DELETE FROM res_groups WHERE root = $a", changes.RemovedGroups, r => [r]);
        Write(tx, "INSERT OR REPLACE INTO res_groups (root, data) VALUES ($a, $b)", changes.Groups, g => [g.Key, g.Value]);
        var firstLine = h.Lines - changes.Lines.Count;
        Write(tx, "INSERT INTO res_lines (seq, node, line) VALUES ($a, $b, $c)", changes.Lines.Select((l, i) => (Seq: firstLine + i, l.Node, l.Line)),
            l => [l.Seq, l.Node, l.Line]);
        Write(tx, "INSERT OR REPLACE INTO res_blocks (key, count, entries) VALUES ($a, $b, $c)", changes.Blocks,
            b => [b.Key, b.Value.Count, MemoryMarshal.AsBytes(b.Value.Newest.ToArray().AsSpan()).ToArray()]);
        tx.Commit();
    }

    /// <inheritdoc />
    public void Clear()
    {
        using var tx = connection.BeginTransaction();
        connection.Execute(
            CaseTables.ClearIndex,
            transaction: tx);
        tx.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _parent?.Dispose();
        _group?.Dispose();
        _parents?.Dispose();
        _blocks?.Dispose();
        _block?.Dispose();
    }

    private SqliteCommand Prepared(ref SqliteCommand? command, string sql)
    {
        if (command is null)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
            command.Prepare();
        }

        return command;
    }

    private void Write<T>(SqliteTransaction tx, string sql, IEnumerable<T> rows, Func<T, object[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            var v = values(row);
            if (parameters is null)
            {
                parameters = [.. "abcde"[..v.Length].Select(c => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + c }))];
                command.Prepare();
            }

            for (var i = 0; i < v.Length; i++)
            {
                parameters[i].Value = v[i];
            }

            command.ExecuteNonQuery();
        }
    }

    private sealed record HeaderRow(string Version, long ThroughSeq, long Documents, long Nodes, long Claims, long Entities, long Lines);

    private sealed record DocumentRow(long Seq, long FirstNode, long FirstClaim, string MentionNodes, string Candidates);
}
