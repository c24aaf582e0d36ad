using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Core.Documents;

namespace Triangulate.Storage;

/// <summary>
/// The citation metadata beyond the <c>documents</c> table's first columns (authors, dates, outlet, container), kept
/// as one JSON object in its <c>metadata</c> column, so a field added later needs no migration; <c>parent</c> and
/// <c>path</c> are columns of their own because the document tree is queried by them.
/// </summary>
internal static class StoredMetadata
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON of the fields that have values, or null when none has.</summary>
    public static string? Serialize(DocumentMetadata meta)
    {
        var extra = new Extra(
            meta.Authors.Count == 0 ? null : meta.Authors, meta.Modified, meta.Retrieved, meta.Outlet, meta.Description,
            meta.Section, meta.Format, meta.ParentId);
        return extra == Extra.Empty ? null : JsonSerializer.Serialize(extra, Json);
    }

    /// <summary>The metadata with the stored fields set.</summary>
    public static DocumentMetadata Apply(DocumentMetadata meta, string? json, string? parent, string? path)
    {
        var extra = json is null ? Extra.Empty : JsonSerializer.Deserialize<Extra>(json, Json) ?? Extra.Empty;
        return meta with
        {
            Authors = extra.Authors ?? [],
            Modified = extra.Modified,
            Retrieved = extra.Retrieved,
            Outlet = extra.Outlet,
            Description = extra.Description,
            Section = extra.Section,
            Format = extra.Format,
            ParentId = extra.ParentId,
            Parent = parent,
            PathInParent = path,
        };
    }

    private sealed record Extra(
        IReadOnlyList<string>? Authors, DateOnly? Modified, DateOnly? Retrieved, string? Outlet, string? Description,
        string? Section, string? Format, string? ParentId)
    {
        public static readonly Extra Empty = new(null, null, null, null, null, null, null, null);
    }
}
