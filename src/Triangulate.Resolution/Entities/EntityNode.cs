using System.Text.Json;
using System.Text.Json.Serialization;
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

    // A stored set's keys and context stay one string each until something reads them: most sets loaded as
    // candidates are compared by spelling and type only, and building two sets of hundreds of strings for each cost
    // more than the comparison.
    private string? _keysText;
    private string? _contextText;
    private HashSet<string>? _keys;
    private HashSet<string>? _context;

    // Spellings of a stored set past the first MaxCompared, read only when the set itself changes: a candidate is
    // compared with its first MaxCompared spellings, and making the form of every spelling of a set that has
    // gathered forty of them was the largest cost of loading it.
    private string[]? _pendingForms;
    private Func<string, NameForm>? _formOf;
    private readonly Dictionary<string, NameForm> _forms = new(StringComparer.Ordinal);

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

    /// <summary>Its spellings (at most <see cref="MaxForms"/>), by normalised text, in the order they came.</summary>
    public Dictionary<string, NameForm> Forms
    {
        get
        {
            if (_pendingForms is { } pending)
            {
                _pendingForms = null;
                foreach (var spelling in pending)
                {
                    var form = _formOf!(spelling);
                    _forms.TryAdd(form.Normalised, form);
                }
            }

            return _forms;
        }
    }

    /// <summary>The spelling that names the set: its first.</summary>
    public NameForm FirstForm => _forms.Values.First();

    /// <summary>The spellings a new name is compared with: the first <see cref="MaxCompared"/>.</summary>
    public IEnumerable<NameForm> ComparedForms => (_pendingForms is null ? Forms.Values : _forms.Values).Take(MaxCompared);

    public Dictionary<string, int> TypeCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The blocking keys registered for the set (each key lists a set once).</summary>
    public HashSet<string> Keys => _keys ??= Split(ref _keysText);

    /// <summary>Skeletons of the names the set's documents also mention (at most <see cref="MaxContext"/>).</summary>
    public HashSet<string> Context => _context ??= Split(ref _contextText);

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
        new Stored(FirstNode, Size, [.. _forms.Values.Select(f => f.Text), .. _pendingForms ?? []], TypeCounts, _keys is null ? _keysText : Join(_keys), _context is null ? _contextText : Join(_context)),
        ResolutionJson.Default.Stored);

    // An empty set is null, so that a set holding only the empty string ("" is the skeleton of a name without
    // consonants) survives the round trip.
    private static string? Join(HashSet<string>? set) => set is null || set.Count == 0 ? null : string.Join('\n', set);

    private static HashSet<string> Split(ref string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (text is not null)
        {
            foreach (var item in text.Split('\n'))
            {
                set.Add(item);
            }
        }

        text = null;
        return set;
    }

    /// <summary>A set written by <see cref="Write"/>; spellings are read through <paramref name="formOf"/>.</summary>
    public static EntityGroup Read(string text, Func<string, NameForm> formOf)
    {
        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize(text, ResolutionJson.Default.Stored);
        }
        catch (JsonException ex)
        {
            throw new Index.ResolutionIndexException($"a stored entity set cannot be read: {ex.Message}");
        }

        if (stored is null)
        {
            throw new Index.ResolutionIndexException("a stored entity set is empty");
        }

        var group = new EntityGroup { FirstNode = stored.FirstNode, Size = stored.Size, _keysText = stored.Keys, _contextText = stored.Context };
        foreach (var spelling in stored.Forms.Take(MaxCompared))
        {
            var form = formOf(spelling);
            group._forms.TryAdd(form.Normalised, form);
        }

        if (stored.Forms.Length > MaxCompared)
        {
            group._pendingForms = stored.Forms[MaxCompared..];
            group._formOf = formOf;
        }

        foreach (var (type, count) in stored.Types)
        {
            group.TypeCounts[type] = count;
        }

        return group;
    }

    /// <summary>A set as stored: keys and context as lines of one string each.</summary>
    internal sealed record Stored(int FirstNode, int Size, string[] Forms, Dictionary<string, int> Types, string? Keys, string? Context);
}

/// <summary>Serialisation of stored sets, generated at compile time (a new document loads a hundred of them).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EntityGroup.Stored))]
internal sealed partial class ResolutionJson : JsonSerializerContext;
