namespace Triangulate.Resolution.Index;

/// <summary>
/// The resolver's working index: blocks, parent links, what each set of nodes knows, explanation lines and counters.
/// Without a store it lives in memory for one run (benchmarks, evaluations, tests). With a store it is a cache over
/// it: what a new document needs is read by key on first use, what it changes is written on <see cref="Save"/>, so
/// the cost of adding a document depends on the keys it shares, not on how many documents the case holds.
/// </summary>
/// <typeparam name="TGroup">What a set of nodes knows (kept by the entity index, stored as text).</typeparam>
internal sealed class IndexState<TGroup>
    where TGroup : class
{
    /// <summary>
    /// Entries of a block that anything reads, counting back from the newest (entities read 48, claims at most 32
    /// from other documents): a stored block keeps only these, so reading one is one row however old the key is.
    /// </summary>
    public const int Window = 64;

    // Caches are dropped after a save once they hold this many entries, so a very large run stays in bounded memory.
    private const int MaxCached = 1_000_000;

    private readonly IResolutionIndexStore? _store;
    private readonly Func<string, TGroup> _readGroup;
    private readonly Func<TGroup, string> _writeGroup;

    private long _savedThrough;

    // Whether the store may hold rows the caches lack (false for a case whose index starts empty: no lookups).
    private bool _storeHasRows;

    // Parents of the nodes from _nodeBase on, by index; parents of older nodes read from the store on demand.
    private int _nodeBase;
    private readonly List<int> _parents = [];
    private readonly Dictionary<int, int> _olderParents = [];
    private readonly HashSet<int> _changedOlderParents = [];

    private readonly Dictionary<int, TGroup> _groups = [];
    private readonly HashSet<int> _changedGroups = [];
    private readonly HashSet<int> _removedGroups = [];

    private readonly Dictionary<string, Block> _blocks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedBlocks = new(StringComparer.Ordinal);

    private readonly List<(int Node, string Line)> _lines = [];
    private readonly List<IndexedDocument> _documents = [];

    public IndexState(IResolutionIndexStore? store, IndexHeader? header, Func<string, TGroup> readGroup, Func<TGroup, string> writeGroup)
    {
        _store = store;
        _readGroup = readGroup;
        _writeGroup = writeGroup;
        if (header is not null)
        {
            Documents = header.Documents;
            Nodes = header.Nodes;
            Claims = header.Claims;
            Entities = header.Entities;
            Lines = header.Lines;
            _savedThrough = header.ThroughSequence;
            _nodeBase = header.Nodes;
            _storeHasRows = store is not null && header.Documents > 0;
        }
    }

    /// <summary>Whether changes go to a store.</summary>
    public bool Stored => _store is not null;

    public int Documents { get; set; }

    public int Nodes { get; private set; }

    public int Claims { get; set; }

    /// <summary>Sets of nodes (entities before the user's decisions).</summary>
    public int Entities { get; private set; }

    public long Lines { get; private set; }

    /// <summary>The last document sequence the stored index covers.</summary>
    public long ThroughSequence => _savedThrough;

    /// <summary>Every explanation line of the run (all of them for an index without a store), oldest first.</summary>
    public IReadOnlyList<(int Node, string Line)> RecordedLines => _lines;

    /// <summary>Adds a node that is its own set; returns its index.</summary>
    public int AddNode(TGroup group)
    {
        var index = Nodes++;
        _parents.Add(index);
        Entities++;
        _groups[index] = group;
        Changed(index);
        return index;
    }

    public int Parent(int node) => node >= _nodeBase ? _parents[node - _nodeBase] : OlderParent(node);

    public void SetParent(int node, int parent)
    {
        if (node >= _nodeBase)
        {
            _parents[node - _nodeBase] = parent;
            return;
        }

        _olderParents[node] = parent;
        if (Stored)
        {
            _changedOlderParents.Add(node);
        }
    }

    /// <summary>Reads the blocks of keys not cached yet in one batch: what a new document's names or claims will ask for.</summary>
    public void PrefetchBlocks(IEnumerable<string> keys)
    {
        if (!_storeHasRows)
        {
            return;
        }

        var missing = keys.Where(k => !_blocks.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            return;
        }

        var stored = _store!.LoadBlocks(missing, Window);
        foreach (var key in missing)
        {
            _blocks[key] = stored.TryGetValue(key, out var found) ? Index.Block.From(found) : new Block();
        }
    }

    /// <summary>
    /// Reads the parents of older nodes that are not cached yet in one batch, then their parents, and so on: what
    /// following a new document's block entries to their sets will ask for.
    /// </summary>
    public void PrefetchParents(IEnumerable<int> nodes)
    {
        if (!_storeHasRows)
        {
            return;
        }

        var missing = nodes.Where(n => n < _nodeBase && !_olderParents.ContainsKey(n)).ToHashSet();
        for (var round = 0; round < 4 && missing.Count > 0; round++)
        {
            var stored = _store!.LoadParents(missing);
            foreach (var node in missing)
            {
                _olderParents[node] = stored.GetValueOrDefault(node, node);
            }

            missing = [.. stored.Values.Where(p => p < _nodeBase && !_olderParents.ContainsKey(p))];
        }
    }

    private int OlderParent(int node)
    {
        if (!_olderParents.TryGetValue(node, out var parent))
        {
            _olderParents[node] = parent = _storeHasRows ? _store!.LoadParent(node) : node;
        }

        return parent;
    }

    /// <summary>The set rooted at <paramref name="root"/>.</summary>
    public TGroup Group(int root)
    {
        if (!_groups.TryGetValue(root, out var group))
        {
            var text = _storeHasRows ? _store!.LoadGroup(root) : null;
            _groups[root] = group = text is null
                ? throw new ResolutionIndexException($"the resolution index has no set for node {root}")
                : _readGroup(text);
        }

        return group;
    }

    /// <summary>Notes that the set rooted at <paramref name="root"/> changed.</summary>
    public void Changed(int root)
    {
        if (Stored)
        {
            _changedGroups.Add(root);
        }
    }

    /// <summary>Joins the set rooted at <paramref name="drop"/> into the one rooted at <paramref name="keep"/>.</summary>
    public void Join(int keep, int drop)
    {
        SetParent(drop, keep);
        _groups.Remove(drop);
        Entities--;
        Changed(keep);
        if (Stored)
        {
            _changedGroups.Remove(drop);
            _removedGroups.Add(drop);
        }
    }

    /// <summary>Records why two sets were joined, for the node that joined.</summary>
    public void AddLine(int node, string line)
    {
        _lines.Add((node, line));
        Lines++;
    }

    /// <summary>The block of a key, or null when it has no entries.</summary>
    public Block? Block(string key)
    {
        if (!_blocks.TryGetValue(key, out var block))
        {
            if (!_storeHasRows)
            {
                return null;
            }

            _blocks[key] = block = Index.Block.From(_store!.LoadBlock(key, Window));
        }

        return block.Count == 0 ? null : block;
    }

    public void Append(string key, BlockEntry entry)
    {
        if (!_blocks.TryGetValue(key, out var block))
        {
            // A key the store knows is loaded first, so its count goes on from there.
            _ = Block(key);
            if (!_blocks.TryGetValue(key, out block))
            {
                _blocks[key] = block = new Block();
            }
        }

        block.Entries.Add(entry);
        block.Count++;
        if (Stored)
        {
            _changedBlocks.Add(key);
        }
    }

    /// <summary>Records what resolution made of a document (stored indexes only: a snapshot replays it).</summary>
    public void AddDocument(IndexedDocument document)
    {
        if (Stored)
        {
            _documents.Add(document);
        }
    }

    /// <summary>Writes what changed since the last save, as covering documents through <paramref name="throughSequence"/>.</summary>
    public void Save(string version, long throughSequence)
    {
        if (_store is null)
        {
            throw new InvalidOperationException("This resolution index has no store.");
        }

        var changes = new IndexChanges
        {
            Header = new IndexHeader(version, throughSequence, Documents, Nodes, Claims, Entities, Lines),
            PreviousThroughSequence = _savedThrough,
        };
        changes.Documents.AddRange(_documents);
        for (var i = 0; i < _parents.Count; i++)
        {
            // New nodes that joined a set; path compression rewrites others, which are written as they are now.
            if (_parents[i] != _nodeBase + i)
            {
                changes.Parents[_nodeBase + i] = _parents[i];
            }
        }

        foreach (var node in _changedOlderParents)
        {
            changes.Parents[node] = _olderParents[node];
        }

        foreach (var root in _changedGroups)
        {
            changes.Groups[root] = _writeGroup(_groups[root]);
        }

        changes.RemovedGroups.UnionWith(_removedGroups);
        changes.Lines.AddRange(_lines);
        foreach (var key in _changedBlocks)
        {
            // Only the newest entries are ever read again: older ones are not kept.
            var block = _blocks[key];
            if (block.Entries.Count > Window)
            {
                block.Entries.RemoveRange(0, block.Entries.Count - Window);
            }

            changes.Blocks[key] = new IndexBlock(block.Count, [.. block.Entries]);
        }

        _store.Save(changes);
        _savedThrough = throughSequence;
        _documents.Clear();
        _changedOlderParents.Clear();
        _changedGroups.Clear();
        _removedGroups.Clear();
        _lines.Clear();
        _changedBlocks.Clear();
        if (_blocks.Count + _groups.Count + _parents.Count + _olderParents.Count > MaxCached)
        {
            // Everything is in the store now: start over from it.
            _blocks.Clear();
            _groups.Clear();
            _olderParents.Clear();
            _nodeBase = Nodes;
            _parents.Clear();
            _storeHasRows = true;
        }
        else
        {
            MoveBase();
        }
    }

    private void MoveBase()
    {
        // The run's parent list becomes part of the "older" cache, so the next save writes only what changes.
        for (var i = 0; i < _parents.Count; i++)
        {
            _olderParents.TryAdd(_nodeBase + i, _parents[i]);
        }

        _nodeBase = Nodes;
        _parents.Clear();
    }
}

/// <summary>The entries of one blocking key: how many there are, and the newest ones (all of them in memory).</summary>
internal sealed class Block
{
    /// <summary>Entries ever added.</summary>
    public int Count { get; set; }

    /// <summary>The newest entries, oldest first: positions <c>Count - Entries.Count</c> to <c>Count - 1</c>.</summary>
    public List<BlockEntry> Entries { get; } = [];

    /// <summary>A block as the store gave it.</summary>
    public static Block From(IndexBlock stored)
    {
        var block = new Block { Count = stored.Count };
        block.Entries.AddRange(stored.Newest);
        return block;
    }
}

