using System.Text.Json;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Entities;

/// <summary>The mentions one document makes of one thing (those sharing a canonical name): the unit resolution merges.</summary>
internal sealed class EntityNode
{
    public EntityNode(int index, AnnotatedDocument document, string type, string canonical)
    {
        Index = index;
        DocumentId = document.Id;
        DocumentName = document.Name;
        Sequence = document.Sequence;
        Type = type;
        Canonical = canonical;
    }

    public int Index { get; }

    public string DocumentId { get; }

    public string DocumentName { get; }

    public long Sequence { get; }

    public string Type { get; }

    public string Canonical { get; }

    public List<MentionRef> Mentions { get; } = [];

    public List<NameForm> Forms { get; } = [];
}

/// <summary>What the root of a set of merged nodes knows about the whole set: what a new node is compared with.</summary>
/// <remarks>
/// Nothing here grows with the number of documents that mention the thing (members and explanations are found
/// from the nodes' parent links at snapshot time), so reading and writing a set costs the same in a case of 20
/// reports and of 20,000.
/// </remarks>
internal sealed class EntityGroup
{
    public const int MaxForms = 40;
    public const int MaxCompared = 16;
    public const int MaxContext = 400;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private EntityGroup()
    {
    }

    public EntityGroup(EntityNode first)
    {
        FirstNode = first.Index;
        Size = 1;
        TypeCounts[first.Type] = first.Mentions.Count;
        foreach (var form in first.Forms)
        {
            Forms.TryAdd(form.Normalised, form);
        }
    }

    public int FirstNode { get; private set; }

    /// <summary>Nodes in the set (the larger set absorbs the smaller, which keeps parent chains short).</summary>
    public int Size { get; private set; }

    public Dictionary<string, NameForm> Forms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> TypeCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The blocking keys registered for the set (each key lists a set once).</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Context { get; } = new(StringComparer.Ordinal);

    public string Type => TypeCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Takes in everything <paramref name="other"/> knows.</summary>
    public void Absorb(EntityGroup other)
    {
        FirstNode = Math.Min(FirstNode, other.FirstNode);
        Size += other.Size;
        foreach (var (key, form) in other.Forms)
        {
            if (Forms.Count >= MaxForms)
            {
                break;
            }

            Forms.TryAdd(key, form);
        }

        foreach (var (type, count) in other.TypeCounts)
        {
            TypeCounts[type] = TypeCounts.GetValueOrDefault(type) + count;
        }

        Keys.UnionWith(other.Keys);
        foreach (var c in other.Context)
        {
            if (Context.Count >= MaxContext)
            {
                break;
            }

            Context.Add(c);
        }
    }

    /// <summary>The set as text, for the stored index (spellings in order: the first one names the set).</summary>
    public string Write() => JsonSerializer.Serialize(
        new Stored(FirstNode, Size, [.. Forms.Values.Select(f => f.Text)], TypeCounts, [.. Keys], [.. Context]), Json);

    /// <summary>A set written by <see cref="Write"/>; spellings are read through <paramref name="formOf"/>.</summary>
    public static EntityGroup Read(string text, Func<string, NameForm> formOf)
    {
        var stored = JsonSerializer.Deserialize<Stored>(text, Json)
            ?? throw new Index.ResolutionIndexException("a stored entity set is empty");
        var group = new EntityGroup { FirstNode = stored.FirstNode, Size = stored.Size };
        foreach (var spelling in stored.Forms)
        {
            var form = formOf(spelling);
            group.Forms.TryAdd(form.Normalised, form);
        }

        foreach (var (type, count) in stored.Types)
        {
            group.TypeCounts[type] = count;
        }

        group.Keys.UnionWith(stored.Keys);
        group.Context.UnionWith(stored.Context);
        return group;
    }

    private sealed record Stored(int FirstNode, int Size, string[] Forms, Dictionary<string, int> Types, string[] Keys, string[] Context);
}
