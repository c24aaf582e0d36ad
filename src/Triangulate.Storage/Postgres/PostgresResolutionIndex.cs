using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dapper;
using Npgsql;
using Triangulate.Resolution.Index;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// The resolution index in the case's schema (<c>res_*</c> tables, as in SQLite). Lookups of many keys go as one
/// statement with an array parameter, and a save writes each table with one statement over arrays (<c>unnest</c>):
/// a round trip to a server costs far more than one to an embedded database.
/// </summary>
internal sealed class PostgresResolutionIndex(NpgsqlConnection connection) : IResolutionIndexStore
{
    /// <inheritdoc />
    public IndexHeader? LoadHeader() =>
        connection.QuerySingleOrDefault<HeaderRow>(
            "SELECT version, through_seq AS ThroughSeq, documents, nodes, claims, entities, lines FROM res_header WHERE id = 1") is { } h
            ? new IndexHeader(h.Version, h.ThroughSeq, h.Documents, h.Nodes, h.Claims, h.Entities, h.Lines)
            : null;

    /// <inheritdoc />
    public int LoadParent(int node) =>
        connection.ExecuteScalar<int?>("SELECT parent FROM res_parents WHERE node = @node", new { node }) ?? node;

    /// <inheritdoc />
    public IReadOnlyDictionary<int, int> LoadParents(IReadOnlyCollection<int> nodes) =>
        connection.Query<(int Node, int Parent)>("SELECT node, parent FROM res_parents WHERE node = ANY(@nodes)", new { nodes = nodes.ToArray() })
            .ToDictionary(r => r.Node, r => r.Parent);

    /// <inheritdoc />
    public string? LoadGroup(int root) =>
        connection.ExecuteScalar<string?>("SELECT data FROM res_groups WHERE root = @root", new { root });

    /// <inheritdoc />
    public IndexBlock LoadBlock(string key, int newest) =>
        LoadBlocks([key], newest).GetValueOrDefault(key) ?? new IndexBlock(0, []);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IndexBlock> LoadBlocks(IReadOnlyCollection<string> keys, int newest) =>
        connection.Query<(string Key, int Count, byte[] Entries)>("SELECT key, count, entries FROM res_blocks WHERE key = ANY(@keys)", new { keys = keys.ToArray() })
            .ToDictionary(r => r.Key, r => ReadBlock(r.Count, r.Entries, newest), StringComparer.Ordinal);

    // Entries are stored as their in-memory layout (two little-endian 32-bit integers each), as in SQLite.
    private static IndexBlock ReadBlock(int count, byte[] bytes, int newest)
    {
        var entries = MemoryMarshal.Cast<byte, BlockEntry>(bytes).ToArray();
        return new IndexBlock(count, entries.Length <= newest ? entries : entries[^newest..]);
    }

    /// <inheritdoc />
    public IEnumerable<IndexedDocument> LoadDocuments() =>
        connection.Query<(long Seq, int FirstNode, int FirstClaim, string MentionNodes, string Candidates)>(
            "SELECT seq, first_node, first_claim, mention_nodes, candidates FROM res_documents ORDER BY seq")
            .Select(row => new IndexedDocument(
                row.Seq, row.FirstNode, row.FirstClaim,
                JsonSerializer.Deserialize<int[]>(row.MentionNodes, StoredLayers.Json) ?? [],
                JsonSerializer.Deserialize<int[][]>(row.Candidates, StoredLayers.Json) ?? []));

    /// <inheritdoc />
    public IEnumerable<(int Node, int Parent)> LoadParents() =>
        connection.Query<(int, int)>("SELECT node, parent FROM res_parents ORDER BY node");

    /// <inheritdoc />
    public IEnumerable<(int Node, string Line)> LoadLines() =>
        connection.Query<(int, string)>("SELECT node, line FROM res_lines ORDER BY seq");

    /// <inheritdoc />
    public void Save(IndexChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var tx = connection.BeginTransaction();

        // The header row is locked (the table, while it has no row yet) before the check, so two runs that read the
        // same index cannot both save over it: the second waits, then sees the first's sequence and gives way.
        connection.Execute("LOCK TABLE res_header IN SHARE ROW EXCLUSIVE MODE", transaction: tx);
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
        var documents = changes.Documents;
        connection.Execute(
            """
            INSERT INTO res_documents (seq, first_node, first_claim, mention_nodes, candidates)
            SELECT * FROM unnest(@seq, @node, @claim, @mentions, @candidates)
            ON CONFLICT (seq) DO UPDATE SET first_node = excluded.first_node, first_claim = excluded.first_claim,
                mention_nodes = excluded.mention_nodes, candidates = excluded.candidates
            """,
            new
            {
                seq = documents.Select(d => d.Sequence).ToArray(),
                node = documents.Select(d => d.FirstNode).ToArray(),
                claim = documents.Select(d => d.FirstClaim).ToArray(),
                mentions = documents.Select(d => JsonSerializer.Serialize(d.MentionNodes, StoredLayers.Json)).ToArray(),
                candidates = documents.Select(d => JsonSerializer.Serialize(d.Candidates, StoredLayers.Json)).ToArray(),
            },
            tx);
        connection.Execute(
            "INSERT INTO res_parents (node, parent) SELECT * FROM unnest(@node, @parent) ON CONFLICT (node) DO UPDATE SET parent = excluded.parent",
            new { node = changes.Parents.Keys.ToArray(), parent = changes.Parents.Values.ToArray() },
            tx);
        connection.Execute("DELETE FROM res_groups WHERE root = ANY(@roots)", new { roots = changes.RemovedGroups.ToArray() }, tx);
        connection.Execute(
            "INSERT INTO res_groups (root, data) SELECT * FROM unnest(@root, @data) ON CONFLICT (root) DO UPDATE SET data = excluded.data",
            new { root = changes.Groups.Keys.ToArray(), data = changes.Groups.Values.ToArray() },
            tx);
        var firstLine = h.Lines - changes.Lines.Count;
        connection.Execute(
            "INSERT INTO res_lines (seq, node, line) SELECT * FROM unnest(@seq, @node, @line)",
            new
            {
                seq = changes.Lines.Select((_, i) => firstLine + i).ToArray(),
                node = changes.Lines.Select(l => l.Node).ToArray(),
                line = changes.Lines.Select(l => l.Line).ToArray(),
            },
            tx);
        connection.Execute(
            "INSERT INTO res_blocks (key, count, entries) SELECT * FROM unnest(@key, @count, @entries) ON CONFLICT (key) DO UPDATE SET count = excluded.count, entries = excluded.entries",
            new
            {
                key = changes.Blocks.Keys.ToArray(),
                count = changes.Blocks.Values.Select(b => b.Count).ToArray(),
                entries = changes.Blocks.Values.Select(b => MemoryMarshal.AsBytes(b.Newest.ToArray().AsSpan()).ToArray()).ToArray(),
            },
            tx);
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

    private sealed record HeaderRow(string Version, long ThroughSeq, int Documents, int Nodes, int Claims, int Entities, long Lines);
}
