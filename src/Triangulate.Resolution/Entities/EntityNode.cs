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

/// <summary>What the root of a set of merged nodes knows about the whole set.</summary>
internal sealed class EntityGroup
{
    public const int MaxForms = 40;
    public const int MaxCompared = 16;
    public const int MaxContext = 400;

    public EntityGroup(EntityNode first)
    {
        FirstNode = first.Index;
        Members.Add(first.Index);
        Documents.Add(first.DocumentId);
        TypeCounts[first.Type] = first.Mentions.Count;
        foreach (var form in first.Forms)
        {
            Forms.TryAdd(form.Normalised, form);
        }
    }

    public int FirstNode { get; set; }

    public List<int> Members { get; } = [];

    public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NameForm> Forms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> TypeCounts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Context { get; } = new(StringComparer.Ordinal);

    public List<string> Explanation { get; } = [];

    public string Type => TypeCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Takes in everything <paramref name="other"/> knows.</summary>
    public void Absorb(EntityGroup other)
    {
        FirstNode = Math.Min(FirstNode, other.FirstNode);
        Members.AddRange(other.Members);
        Documents.UnionWith(other.Documents);
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

        Explanation.AddRange(other.Explanation);
    }
}
