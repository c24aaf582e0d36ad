using Dapper;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Documents;

namespace Triangulate.Storage.Sqlite;

/// <summary>Writing and reading annotation layers.</summary>
public sealed partial class SqliteCaseStore
{
    private void InsertLayer(SqliteTransaction tx, LayerTable table, Document document)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        var names = Enumerable.Range(0, table.Columns.Count + 3).Select(i => "$p" + i).ToArray();
        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        var index = 0;
        foreach (var (values, json) in table.Rows(document))
        {
            if (index == 0)
            {
                command.Prepare();
            }

            parameters[0].Value = document.Id;
            parameters[1].Value = index++;
            for (var k = 0; k < values.Length; k++)
            {
                parameters[k + 2].Value = values[k] ?? DBNull.Value;
            }

            parameters[^1].Value = json;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The layers of the documents with sequence in (<paramref name="afterSequence"/>, <paramref name="through"/>], as (document, layer, JSON) rows.</summary>
    private IEnumerable<(string Doc, int Layer, string Json)> LoadLayers(long afterSequence, long through)
    {
        var all = afterSequence <= 0 && through >= LastSequence();
        for (var layer = 0; layer < StoredLayers.All.Count; layer++)
        {
            var table = StoredLayers.All[layer].Name;
            var sql = all
                ? $"SELECT doc, data FROM {table} ORDER BY doc, idx"
                : $"SELECT doc, data FROM {table} WHERE doc IN (SELECT id FROM documents WHERE seq > @afterSequence AND seq <= @through) ORDER BY doc, idx";
            foreach (var (doc, data) in _connection.Query<(string, string)>(sql, new { afterSequence, through }))
            {
                yield return (doc, layer, data);
            }
        }
    }

    private void Migrate()
    {
        // Under a write lock (BEGIN IMMEDIATE), with the version read inside it: two processes opening a new case at
        // once would otherwise both see version 0 and both create the tables.
        using var tx = _connection.BeginTransaction(deferred: false);
        SchemaVersion = CaseTables.Migrate(_connection, tx, SqliteSchema.Migrations);
        tx.Commit();
    }
}
