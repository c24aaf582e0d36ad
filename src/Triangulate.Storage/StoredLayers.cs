using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;

namespace Triangulate.Storage;

/// <summary>
/// One annotation layer as every store keeps it: a table of rows keyed by document and index, its main fields as
/// columns (for people who query the case with SQL) and the whole record as JSON (so a record that gains a field
/// round-trips without a migration). Written once here, so SQLite and PostgreSQL store exactly the same rows.
/// </summary>
internal abstract class LayerTable(string name, IReadOnlyList<string> columns)
{
    /// <summary>The table.</summary>
    public string Name { get; } = name;

    /// <summary>The columns between <c>doc, idx</c> and <c>data</c>, quoted where SQL needs it.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Every column in insert order: <c>doc, idx</c>, the layer's own, <c>data</c>.</summary>
    public string ColumnList => string.Join(", ", ["doc", "idx", .. Columns, "data"]);

    /// <summary>The document's rows: the column values, then the record as JSON.</summary>
    public abstract IEnumerable<(object?[] Values, string Json)> Rows(Document document);

    /// <summary>Sets the layer on a document from its stored records, in index order.</summary>
    public abstract void Set(Document document, IReadOnlyList<string> json);
}

/// <summary>A layer of records of type <typeparamref name="T"/>.</summary>
internal sealed class LayerTable<T>(string name, IReadOnlyList<string> columns, Func<T, object?[]> values) : LayerTable(name, columns)
{
    /// <inheritdoc />
    public override IEnumerable<(object?[] Values, string Json)> Rows(Document document) =>
        document.GetOrEmpty<T>().Select(item => (values(item), JsonSerializer.Serialize(item, StoredLayers.Json)));

    /// <inheritdoc />
    public override void Set(Document document, IReadOnlyList<string> json) =>
        document.Set<T>([.. json.Select(j => JsonSerializer.Deserialize<T>(j, StoredLayers.Json)!)]);
}

/// <summary>The layers a document is stored with, and how a stored row becomes a document again.</summary>
internal static class StoredLayers
{
    /// <summary>How records are written as JSON in every store.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Entity mentions, time expressions, quantities and claims, in the order they are written.</summary>
    public static readonly IReadOnlyList<LayerTable> All =
    [
        new LayerTable<EntityMention>("mentions", ["start", "\"end\"", "text", "type", "canonical", "title"],
            m => [m.Start, m.End, m.Text, m.Type, m.Canonical, m.Title]),
        new LayerTable<TimeExpression>("times", ["start", "\"end\"", "text", "type", "value", "precision", "anchor", "direction"],
            t => [t.Start, t.End, t.Text, t.Type, t.Value, t.Precision, t.Anchor, t.Direction]),
        new LayerTable<Quantity>("quantities", ["start", "\"end\"", "text", "value", "unit", "qualifier", "counted"],
            q => [q.Start, q.End, q.Text, q.Value.ToString(CultureInfo.InvariantCulture), q.Unit, q.Qualifier, q.Counted]),
        new LayerTable<Claim>("claims", ["start", "\"end\"", "text", "chain", "stance", "modality"],
            c => [c.Start, c.End, c.Text, JsonSerializer.Serialize(c.SourceChain, Json), c.Stance, c.Modality]),
    ];

    /// <summary>The published date as stored (<c>yyyy-MM-dd</c>).</summary>
    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The document a stored row holds, without its layers.</summary>
    public static Document ToDocument(DocumentRow row)
    {
        var published = row.Published is null ? (DateOnly?)null : DateOnly.ParseExact(row.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var inferred = row.PublishedInferred != 0;
        return new Document(
            row.Text,
            StoredMetadata.Apply(
                new DocumentMetadata(row.Name, row.Title, row.Source, row.Url, inferred ? null : published, row.Language),
                row.Metadata, row.Parent, row.Path))
        {
            Published = published,
            PublishedInferred = inferred,
        };
    }

    /// <summary>Sets every layer on the documents from rows of (document id, layer index in <see cref="All"/>, JSON), in index order.</summary>
    public static void SetLayers(IReadOnlyDictionary<string, Document> documents, IEnumerable<(string Doc, int Layer, string Json)> rows)
    {
        var byDocument = new Dictionary<(string, int), List<string>>();
        foreach (var (doc, layer, json) in rows)
        {
            if (!byDocument.TryGetValue((doc, layer), out var list))
            {
                byDocument[(doc, layer)] = list = [];
            }

            list.Add(json);
        }

        foreach (var (id, document) in documents)
        {
            for (var layer = 0; layer < All.Count; layer++)
            {
                All[layer].Set(document, byDocument.GetValueOrDefault((id, layer)) ?? []);
            }
        }
    }
}

/// <summary>A row of the <c>documents</c> table, as both stores read it.</summary>
internal sealed record DocumentRow(long Seq, string Id, string Name, string? Title, string? Source, string? Url, string? Published, long PublishedInferred, string Language, string Text, string? Metadata, string? Parent, string? Path);
