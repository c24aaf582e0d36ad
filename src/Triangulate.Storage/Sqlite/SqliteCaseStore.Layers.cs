using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Writing and reading annotation layers.</summary>
public sealed partial class SqliteCaseStore
{
    private void InsertLayer<T>(SqliteTransaction tx, string tableAndColumns, string documentId, IReadOnlyList<T> items, Func<T, object?[]> columns)
    {
        if (items.Count == 0)
        {
            return;
        }

        var columnCount = tableAndColumns.Count(c => c == ',') + 1;
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        var names = Enumerable.Range(0, columnCount).Select(i => "$p" + i).ToArray();
        command.CommandText = $"INSERT INTO {tableAndColumns} VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        command.Prepare();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var values = columns(item);
            parameters[0].Value = documentId;
            parameters[1].Value = index;
            for (var k = 0; k < values.Length; k++)
            {
                parameters[k + 2].Value = values[k] ?? DBNull.Value;
            }

            parameters[^1].Value = JsonSerializer.Serialize(item, Json);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A layer of the documents with sequence in (<paramref name="afterSequence"/>, <paramref name="through"/>], by document id.</summary>
    private Dictionary<string, List<T>> LoadLayer<T>(string table, long afterSequence, long through)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var sql = afterSequence <= 0 && through >= (_connection.ExecuteScalar<long?>("SELECT max(seq) FROM documents") ?? 0)
            ? $"SELECT doc, data FROM {table} ORDER BY doc, idx"
            : $"SELECT doc, data FROM {table} WHERE doc IN (SELECT id FROM documents WHERE seq > @afterSequence AND seq <= @through) ORDER BY doc, idx";
        foreach (var (doc, data) in _connection.Query<(string, string)>(sql, new { afterSequence, through }))
        {
            if (!result.TryGetValue(doc, out var list))
            {
                result[doc] = list = [];
            }

            list.Add(JsonSerializer.Deserialize<T>(data, Json)!);
        }

        return result;
    }

    private void Migrate()
    {
        // Under a write lock (BEGIN IMMEDIATE), with the version read inside it: two processes opening a new case at
        // once would otherwise both see version 0 and both create the tables.
        using var tx = _connection.BeginTransaction(deferred: false);
        _connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        var version = _connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version", transaction: tx) ?? 0;
        SchemaVersion = SqliteSchema.Migrations.Count;
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"The case was written by a newer Triangulate (schema {version}; this one knows {SchemaVersion}).");
        }

        for (var v = version; v < SqliteSchema.Migrations.Count; v++)
        {
            _connection.Execute(SqliteSchema.Migrations[v], transaction: tx);
            _connection.Execute("INSERT INTO schema_version (version) VALUES (@version)", new { version = v + 1 }, tx);
        }

        tx.Commit();
    }

    private sealed record DocumentRow(long Seq, string Id, string Name, string? Title, string? Source, string? Url, string? Published, long PublishedInferred, string Language, string Text, string? Metadata, string? Parent, string? Path);
}
