using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Core.Documents;
using Triangulate.Resolution.Index;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// A case in a schema of a PostgreSQL database: the tables of the SQLite store (the same rows, see
/// <see cref="StoredLayers"/>), plus the work queue of <c>queue</c> and <c>worker</c>. Any number of processes on any
/// number of machines may open it at once: a document is inserted once (its id is unique), each in one transaction.
/// </summary>
public sealed partial class PostgresCaseStore : ICaseStore
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _snapshot;

    private PostgresCaseStore(NpgsqlConnection connection, PostgresLocation location)
    {
        _connection = connection;
        Location = location;
        ResolutionIndex = new PostgresResolutionIndex(connection);
    }

    /// <summary>Where the case is.</summary>
    public PostgresLocation Location { get; }

    /// <inheritdoc />
    public IResolutionIndexStore ResolutionIndex { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>The connection, for the work queue and the write lock of the same case.</summary>
    internal NpgsqlConnection Connection => _connection;

    /// <summary>Opens (creating its schema and tables if needed) the case at <paramref name="location"/>.</summary>
    public static PostgresCaseStore Open(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = new NpgsqlConnection(location.Connection.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresCaseStore(connection, location);
            store.Migrate();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Whether the schema at <paramref name="location"/> holds a case (without creating anything).</summary>
    public static bool Exists(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var connection = new NpgsqlConnection(location.Connection.ConnectionString);
        connection.Open();
        return connection.ExecuteScalar<bool>(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = @schema AND table_name = 'schema_version')",
            new { schema = location.Schema });
    }

    /// <summary>Deletes the case: its schema and everything in it.</summary>
    public static void Drop(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var connection = new NpgsqlConnection(location.Connection.ConnectionString);
        connection.Open();
        connection.Execute($"DROP SCHEMA IF EXISTS \"{location.Schema}\" CASCADE");
    }

    /// <inheritdoc />
    public IDisposable ReadSnapshot()
    {
        // Repeatable read: every statement until the scope ends sees the snapshot its first statement took.
        _snapshot = _connection.BeginTransaction(IsolationLevel.RepeatableRead);
        _connection.Execute("SELECT 1", transaction: _snapshot);
        return new SnapshotScope(this);
    }

    private sealed class SnapshotScope(PostgresCaseStore store) : IDisposable
    {
        public void Dispose()
        {
            store._snapshot?.Commit();
            store._snapshot?.Dispose();
            store._snapshot = null;
        }
    }

    /// <inheritdoc />
    public bool Contains(string documentId) =>
        _connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM documents WHERE id = @documentId)", new { documentId }, _snapshot);

    /// <inheritdoc />
    public long? Add(Document document) => Add([document])[0];

    /// <inheritdoc />
    public IReadOnlyList<long?> Add(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sequences = new List<long?>(documents.Count);
        if (documents.Count == 0)
        {
            return sequences;
        }

        using var tx = _connection.BeginTransaction();
        foreach (var document in documents)
        {
            sequences.Add(Insert(tx, document, sequence: null));
        }

        tx.Commit();
        return sequences;
    }

    /// <summary>
    /// Inserts a document with its layers in <paramref name="tx"/>, at <paramref name="sequence"/> (a place taken when
    /// it was queued) or the next one; null when a document with its id is already there (from another process too:
    /// the unique id makes the second insert wait for the first and then do nothing).
    /// </summary>
    internal long? Insert(NpgsqlTransaction tx, Document document, long? sequence)
    {
        var meta = document.Metadata;
        var seq = _connection.ExecuteScalar<long?>(
            """
            INSERT INTO documents (seq, id, name, title, source, url, published, published_inferred, language, text, added_at, metadata, parent, path)
            VALUES (coalesce(@Sequence, nextval('case_seq')), @Id, @Name, @Title, @Source, @Url, @Published, @Inferred, @Language, @Text, @Now, @Metadata, @Parent, @Path)
            ON CONFLICT DO NOTHING
            RETURNING seq
            """,
            new
            {
                Sequence = sequence,
                document.Id,
                meta.Name,
                meta.Title,
                meta.Source,
                meta.Url,
                Published = StoredLayers.FormatDate(document.Published),
                Inferred = document.PublishedInferred ? 1 : 0,
                meta.Language,
                document.Text,
                Now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                Metadata = StoredMetadata.Serialize(meta),
                meta.Parent,
                Path = meta.PathInParent,
            },
            tx);
        if (seq is null)
        {
            return null;
        }

        foreach (var table in StoredLayers.All)
        {
            CopyLayer(table, document);
        }

        return seq;
    }

    // Binary COPY: a document's few hundred annotation rows in one round trip per layer.
    private void CopyLayer(LayerTable table, Document document)
    {
        var rows = table.Rows(document).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        using var importer = _connection.BeginBinaryImport($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        for (var index = 0; index < rows.Count; index++)
        {
            var (values, json) = rows[index];
            importer.StartRow();
            importer.Write(document.Id, NpgsqlDbType.Text);
            importer.Write(index, NpgsqlDbType.Integer);
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        importer.WriteNull();
                        break;
                    case int number:
                        importer.Write(number, NpgsqlDbType.Integer);
                        break;
                    default:
                        importer.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                        break;
                }
            }

            importer.Write(json, NpgsqlDbType.Text);
        }

        importer.Complete();
    }

    /// <inheritdoc />
    public IEnumerable<StoredDocument> Documents(long afterSequence, int limit = int.MaxValue)
    {
        var rows = _connection.Query<DocumentRow>(
            "SELECT seq, id, name, title, source, url, published, published_inferred::bigint AS PublishedInferred, language, text, metadata, parent, path FROM documents WHERE seq > @afterSequence ORDER BY seq LIMIT @limit",
            new { afterSequence, limit = (long)limit }, _snapshot).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var documents = rows.ToDictionary(r => r.Id, StoredLayers.ToDocument, StringComparer.Ordinal);
        StoredLayers.SetLayers(documents, LoadLayers(afterSequence, rows[^1].Seq));
        foreach (var row in rows)
        {
            yield return new StoredDocument(row.Seq, documents[row.Id]);
        }
    }

    private IEnumerable<(string Doc, int Layer, string Json)> LoadLayers(long afterSequence, long through)
    {
        for (var layer = 0; layer < StoredLayers.All.Count; layer++)
        {
            var sql = $"SELECT l.doc, l.data FROM {StoredLayers.All[layer].Name} l JOIN documents d ON d.id = l.doc WHERE d.seq > @afterSequence AND d.seq <= @through ORDER BY l.doc, l.idx";
            foreach (var (doc, data) in _connection.Query<(string, string)>(sql, new { afterSequence, through }, _snapshot))
            {
                yield return (doc, layer, data);
            }
        }
    }

    /// <inheritdoc />
    public long LastSequence() => _connection.ExecuteScalar<long?>("SELECT max(seq) FROM documents", transaction: _snapshot) ?? 0;

    /// <inheritdoc />
    public long ResolvableThrough() => new PostgresWorkQueue(_connection).ResolvableThrough() ?? long.MaxValue;

    /// <inheritdoc />
    public CaseStatus Status() =>
        CaseTables.Status(_connection, _snapshot, SchemaVersion) with { Queue = new PostgresWorkQueue(_connection).Counts() };

    /// <inheritdoc />
    public IReadOnlyList<DocumentSummary> DocumentSummaries() =>
        _connection.Query<(long Seq, string Id, string Name, string? Title, string? Source, string? Published, int Inferred, long Claims)>(
            """
            SELECT d.seq, d.id, d.name, d.title, d.source, d.published, d.published_inferred,
                   (SELECT count(*) FROM claims c WHERE c.doc = d.id)
            FROM documents d ORDER BY d.seq
            """, transaction: _snapshot)
            .Select(r => new DocumentSummary(r.Seq, r.Id, r.Name, r.Title, r.Source, r.Published, r.Inferred != 0, r.Claims))
            .ToList();

    /// <inheritdoc />
    public void AddDecision(string kind, string a, string b) => CaseTables.AddDecision(_connection, kind, a, b);

    /// <inheritdoc />
    public IReadOnlyList<(string Kind, string A, string B)> Decisions() => CaseTables.Decisions(_connection, _snapshot);

    /// <inheritdoc />
    public void SaveResolution(string json, long throughSequence, ResolutionCounts? counts = null) =>
        CaseTables.SaveResolution(_connection, json, throughSequence, counts);

    /// <inheritdoc />
    public (ResolutionCounts Counts, long ThroughSequence)? LoadResolutionCounts() => CaseTables.LoadResolutionCounts(_connection, _snapshot);

    /// <inheritdoc />
    public (string Json, long ThroughSequence)? LoadResolution() => CaseTables.LoadResolution(_connection, _snapshot);

    private void Migrate()
    {
        // One process at a time creates or migrates a case's schema (an advisory lock on its name, held to commit);
        // the version is read under it, so two processes opening a new case at once do not both create the tables.
        using var tx = _connection.BeginTransaction();
        _connection.Execute("SELECT pg_advisory_xact_lock(hashtext('triangulate:migrate:' || @schema))", new { schema = Location.Schema }, tx);
        _connection.Execute($"CREATE SCHEMA IF NOT EXISTS \"{Location.Schema}\"", transaction: tx);
        SchemaVersion = CaseTables.Migrate(_connection, tx, PostgresSchema.Migrations);
        tx.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _snapshot?.Dispose();
        _connection.Dispose();
    }
}
