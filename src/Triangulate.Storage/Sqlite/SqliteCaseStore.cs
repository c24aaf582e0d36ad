using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Resolution.Index;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// A case as a folder holding <c>case.db</c>, an SQLite database in WAL mode. Each annotation row keeps its span and
/// main fields as columns (for SQL users) and the whole record as JSON (so a record that gains a field round-trips).
/// </summary>
public sealed partial class SqliteCaseStore : ICaseStore
{
    /// <summary>The database file inside the case folder.</summary>
    public const string FileName = "case.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _connection;

    private sealed class SnapshotScope(SqliteConnection connection) : IDisposable
    {
        public void Dispose() => connection.Execute("COMMIT");
    }

    private SqliteCaseStore(SqliteConnection connection)
    {
        _connection = connection;
        ResolutionIndex = new SqliteResolutionIndex(connection);
    }

    /// <inheritdoc />
    public IResolutionIndexStore ResolutionIndex { get; }

    /// <summary>Opens (creating if needed) the case in <paramref name="folder"/> and brings its schema up to date.</summary>
    public static SqliteCaseStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();

        // The busy timeout first: another process may be creating or migrating the same case, and every later
        // statement (switching to WAL included) then waits for it instead of failing with "database is locked".
        connection.Execute("PRAGMA busy_timeout=30000;");
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        var store = new SqliteCaseStore(connection);
        store.Migrate();
        return store;
    }

    /// <inheritdoc />
    public IDisposable ReadSnapshot()
    {
        // A read transaction begun by hand (not BeginTransaction, which would make every later statement name it):
        // in WAL mode its first read fixes the snapshot, and every read until it ends sees that one state of the
        // case, whatever another process commits meanwhile.
        _connection.Execute("BEGIN DEFERRED; SELECT count(*) FROM schema_version;");
        return new SnapshotScope(_connection);
    }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <inheritdoc />
    public bool Contains(string documentId) =>
        _connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE id = @documentId", new { documentId }) > 0;

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
            sequences.Add(Insert(tx, document));
        }

        tx.Commit();
        return sequences;
    }

    private long? Insert(SqliteTransaction tx, Document document)
    {
        if (_connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE id = @Id", new { document.Id }, tx) > 0)
        {
            return null;
        }

        var meta = document.Metadata;
        var seq = _connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (id, name, title, source, url, published, published_inferred, language, text, added_at, metadata, parent, path)
            VALUES (@Id, @Name, @Title, @Source, @Url, @Published, @Inferred, @Language, @Text, @Now, @Metadata, @Parent, @Path)
            RETURNING seq
            """,
            new
            {
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

        foreach (var table in StoredLayers.All)
        {
            InsertLayer(tx, table, document);
        }

        return seq;
    }

    /// <inheritdoc />
    public IEnumerable<StoredDocument> Documents(long afterSequence, int limit = int.MaxValue)
    {
        var rows = _connection.Query<DocumentRow>(
            "SELECT seq, id, name, title, source, url, published, published_inferred AS PublishedInferred, language, text, metadata, parent, path FROM documents WHERE seq > @afterSequence ORDER BY seq LIMIT @limit",
            new { afterSequence, limit }).ToList();
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

    /// <inheritdoc />
    public long LastSequence() => _connection.ExecuteScalar<long?>("SELECT max(seq) FROM documents") ?? 0;

    /// <inheritdoc />
    public CaseStatus Status() => CaseTables.Status(_connection, null, SchemaVersion);

    /// <inheritdoc />
    public IReadOnlyList<DocumentSummary> DocumentSummaries() =>
        _connection.Query<(long Seq, string Id, string Name, string? Title, string? Source, string? Published, long Inferred, long Claims)>(
            """
            SELECT d.seq, d.id, d.name, d.title, d.source, d.published, d.published_inferred,
                   (SELECT count(*) FROM claims c WHERE c.doc = d.id)
            FROM documents d ORDER BY d.seq
            """)
            .Select(r => new DocumentSummary(r.Seq, r.Id, r.Name, r.Title, r.Source, r.Published, r.Inferred != 0, r.Claims))
            .ToList();

    /// <inheritdoc />
    public void AddDecision(string kind, string a, string b) => CaseTables.AddDecision(_connection, kind, a, b);

    /// <inheritdoc />
    public IReadOnlyList<(string Kind, string A, string B)> Decisions() => CaseTables.Decisions(_connection, null);

    /// <inheritdoc />
    public void SaveResolution(string json, long throughSequence, ResolutionCounts? counts = null) =>
        CaseTables.SaveResolution(_connection, json, throughSequence, counts);

    /// <inheritdoc />
    public (ResolutionCounts Counts, long ThroughSequence)? LoadResolutionCounts() => CaseTables.LoadResolutionCounts(_connection, null);

    /// <inheritdoc />
    public (string Json, long ThroughSequence)? LoadResolution() => CaseTables.LoadResolution(_connection, null);

    /// <inheritdoc />
    public void Dispose()
    {
        ((SqliteResolutionIndex)ResolutionIndex).Dispose();
        _connection.Dispose();
    }
}
