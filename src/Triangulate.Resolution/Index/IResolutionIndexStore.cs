namespace Triangulate.Resolution.Index;

/// <summary>
/// Where the resolver keeps its index between runs, so that adding a document reads only what shares a blocking key
/// with it instead of resolving the whole case again: blocks (the newest entries of each key), the sets entities
/// form (parent links and what each set knows), why sets were joined, and per document which entity node each
/// mention became and which earlier claims each claim was compared with. Rows are written only through
/// <see cref="Save"/>, one transaction per call, so a run stopped halfway leaves the index as of its last save.
/// </summary>
public interface IResolutionIndexStore
{
    /// <summary>The index's header, or null when none was saved.</summary>
    IndexHeader? LoadHeader();

    /// <summary>The parent of an entity node in its set, or the node itself when it has none stored.</summary>
    int LoadParent(int node);

    /// <summary>The stored parents of several nodes at once (nodes without a stored parent are left out).</summary>
    IReadOnlyDictionary<int, int> LoadParents(IReadOnlyCollection<int> nodes);

    /// <summary>What the set rooted at <paramref name="root"/> knows, as <see cref="Save"/> was given it, or null.</summary>
    string? LoadGroup(int root);

    /// <summary>How many entries a block holds, and its newest ones (at most <paramref name="newest"/>, oldest first).</summary>
    IndexBlock LoadBlock(string key, int newest);

    /// <summary>Several blocks at once, as <see cref="LoadBlock"/> gives them (keys without entries are left out).</summary>
    IReadOnlyDictionary<string, IndexBlock> LoadBlocks(IReadOnlyCollection<string> keys, int newest);

    /// <summary>Every document row, in sequence order (for a snapshot).</summary>
    IEnumerable<IndexedDocument> LoadDocuments();

    /// <summary>Every stored parent link (for a snapshot).</summary>
    IEnumerable<(int Node, int Parent)> LoadParents();

    /// <summary>Every explanation line with the node it was recorded for, oldest first (for a snapshot).</summary>
    IEnumerable<(int Node, string Line)> LoadLines();

    /// <summary>
    /// Writes the changes of a run and its new header in one transaction, if the stored header still covers
    /// <see cref="IndexChanges.PreviousThroughSequence"/>: otherwise another run saved first and nothing is written.
    /// </summary>
    /// <exception cref="ResolutionIndexConflictException">Another run saved the index since this one read it.</exception>
    void Save(IndexChanges changes);

    /// <summary>Deletes the whole index (the next run resolves every document again).</summary>
    void Clear();
}

/// <summary>What the index covers.</summary>
/// <param name="Version">The resolver's index format and rules (<see cref="CaseResolver.IndexVersion"/>); another version is rebuilt.</param>
/// <param name="ThroughSequence">The last document sequence resolved into the index.</param>
/// <param name="Documents">Documents resolved.</param>
/// <param name="Nodes">Entity nodes created (the next node's index).</param>
/// <param name="Claims">Claims indexed (the next claim's index).</param>
/// <param name="Entities">Sets of nodes: entities before the user's merge and split decisions.</param>
/// <param name="Lines">Explanation lines recorded.</param>
public sealed record IndexHeader(string Version, long ThroughSequence, int Documents, int Nodes, int Claims, int Entities, long Lines);

/// <summary>One entry of a block: an entity node or a claim, and the document (by resolution order) it came from.</summary>
/// <param name="Value">The node or claim index.</param>
/// <param name="Document">The document's ordinal (1, 2, ...), 0 for entity blocks.</param>
public readonly record struct BlockEntry(int Value, int Document);

/// <summary>A block as stored: its size and its newest entries.</summary>
/// <param name="Count">Entries ever added under the key.</param>
/// <param name="Newest">The newest entries, oldest first.</param>
public sealed record IndexBlock(int Count, IReadOnlyList<BlockEntry> Newest);

/// <summary>What resolution recorded for one document.</summary>
/// <param name="Sequence">The document's sequence in the case.</param>
/// <param name="FirstNode">The index of its first entity node.</param>
/// <param name="FirstClaim">The index of its first claim.</param>
/// <param name="MentionNodes">The node of each mention, by mention index.</param>
/// <param name="Candidates">For each claim, the earlier claims (by index) it was compared with.</param>
public sealed record IndexedDocument(long Sequence, int FirstNode, int FirstClaim, int[] MentionNodes, int[][] Candidates);

/// <summary>Everything a run changed, to be written at once.</summary>
public sealed class IndexChanges
{
    /// <summary>The header after the run.</summary>
    public required IndexHeader Header { get; init; }

    /// <summary>The sequence the stored header covered when the run read it (0 when there was none).</summary>
    public long PreviousThroughSequence { get; init; }

    /// <summary>New document rows.</summary>
    public List<IndexedDocument> Documents { get; } = [];

    /// <summary>Parent links set or changed (a node that is its own parent may be listed too).</summary>
    public Dictionary<int, int> Parents { get; } = [];

    /// <summary>Sets whose content changed, by root, as text.</summary>
    public Dictionary<int, string> Groups { get; } = [];

    /// <summary>Roots that stopped being roots: their rows go.</summary>
    public HashSet<int> RemovedGroups { get; } = [];

    /// <summary>New explanation lines, with the node each was recorded for, oldest first.</summary>
    public List<(int Node, string Line)> Lines { get; } = [];

    /// <summary>Blocks that gained entries: their new size and newest entries.</summary>
    public Dictionary<string, IndexBlock> Blocks { get; } = new(StringComparer.Ordinal);
}

/// <summary>The stored resolution index does not fit the documents or itself: it has to be rebuilt.</summary>
/// <param name="message">What did not fit.</param>
public sealed class ResolutionIndexException(string message) : Exception(message);

/// <summary>Another run (another process adding to the same case) saved the index first: read it again and go on.</summary>
/// <param name="message">What was expected and found.</param>
public sealed class ResolutionIndexConflictException(string message) : Exception(message);
