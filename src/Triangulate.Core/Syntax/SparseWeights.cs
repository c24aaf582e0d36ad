using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The trained weights of a linear classifier over many classes (the tagger's tags, the parser's transitions and
/// relations). A perceptron only ever updates the classes it confused, so a rare feature has weights for a handful
/// of classes: such rows are kept sparse, as (class, weight) pairs in two flat arrays; frequent features, and every
/// feature of a classifier of at most eight classes, keep a dense row added with vector instructions. The model does
/// not fit in the cache, so a lookup is a miss to memory: <see cref="Score"/> first computes every feature's slot
/// and prefetches it, so that the misses of one configuration's features overlap instead of following one another
/// (a plain loop spent three quarters of the parser's time waiting on them). Written by hand because no library
/// offers a prefetching hash table.
/// </summary>
internal sealed unsafe class SparseWeights : IWeights
{
    /// <summary>A row with more weights than this is kept dense.</summary>
    private const int DenseAbove = 12;

    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly Slot[] _slots;
    private readonly InlineSlot[]? _inline;
    private readonly int _shift;
    private readonly int _mask;

    public SparseWeights(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        ScoreLength = (classCount + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;

        if (classCount <= InlineSlot.Classes)
        {
            // A classifier of few classes (the parser's transitions) keeps each row inside its hash slot: one miss
            // to memory per feature instead of two (the slot, then the row it points to).
            _dense = [];
            _entries = [];
            _slots = [];
            _inline = BuildInline(keys, rowStart, classes, weights, out _mask, out _shift);
            return;
        }

        var isDense = Enumerable.Range(0, keys.Length)
            .Select(r => classCount <= Vector256<float>.Count || rowStart[r + 1] - rowStart[r] > DenseAbove)
            .ToArray();
        var denseCount = isDense.Count(d => d);
        _dense = GC.AllocateArray<float>((denseCount * ScoreLength) + Vector256<float>.Count, pinned: true);
        _entries = GC.AllocateArray<Entry>(classes.Length + 1, pinned: true);
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = GC.AllocateArray<Slot>(capacity, pinned: true);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        var nextDense = 0;
        var nextEntry = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            Slot value;
            if (isDense[r])
            {
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    _dense[(nextDense * ScoreLength) + classes[k]] = weights[k];
                }

                value = new Slot(keys[r], nextDense * ScoreLength, -1);
                nextDense++;
            }
            else
            {
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    _entries[nextEntry + k - rowStart[r]] = new Entry(classes[k], weights[k]);
                }

                value = new Slot(keys[r], nextEntry, rowStart[r + 1] - rowStart[r]);
                nextEntry += rowStart[r + 1] - rowStart[r];
            }

            var slot = SlotOf(keys[r]);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = value;
        }
    }

    /// <summary>Number of classes the scores are over.</summary>
    public int ClassCount { get; }

    /// <summary>The length a scores buffer must have: <see cref="ClassCount"/> rounded up to whole vectors.</summary>
    public int ScoreLength { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (at least <see cref="ScoreLength"/> long).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ScoreLength)
        {
            throw new ArgumentException($"Scores need {ScoreLength} entries.", nameof(scores));
        }

        // Three passes, so that the cache misses of all features overlap: find and prefetch each feature's slot,
        // then read the slots and prefetch the rows they point to, then add the rows.
        if (_inline is not null)
        {
            ScoreInline(features, scores);
            return;
        }

        var n = features.Length;
        Span<int> found = stackalloc int[2 * n];
        fixed (Slot* table = _slots)
        fixed (float* dense = _dense)
        fixed (Entry* entries = _entries)
        {
            for (var i = 0; i < n; i++)
            {
                var slot = SlotOf(features[i]);
                found[i] = slot;
                Sse.Prefetch0(table + slot);
            }

            for (var i = 0; i < n; i++)
            {
                var slot = found[i];
                var key = features[i];
                while (table[slot].Key != key && table[slot].Key != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                var s = table[slot];
                if (s.Key == 0)
                {
                    found[i] = 0;
                    found[n + i] = 0;
                    continue;
                }

                found[i] = s.Start;
                found[n + i] = s.Count;
                if (s.Count < 0)
                {
                    for (var c = 0; c < ScoreLength; c += 16)
                    {
                        Sse.Prefetch0(dense + s.Start + c);
                    }
                }
                else
                {
                    Sse.Prefetch0(entries + s.Start);
                }
            }

            ref var sums = ref MemoryMarshal.GetReference(scores);
            for (var i = 0; i < n; i++)
            {
                var start = found[i];
                var count = found[n + i];
                if (count < 0)
                {
                    var row = dense + start;
                    for (var c = 0; c < ScoreLength; c += Vector256<float>.Count)
                    {
                        (Vector256.LoadUnsafe(ref sums, (nuint)c) + Vector256.Load(row + c)).StoreUnsafe(ref sums, (nuint)c);
                    }
                }
                else
                {
                    for (var k = start; k < start + count; k++)
                    {
                        Unsafe.Add(ref sums, entries[k].Class) += entries[k].Weight;
                    }
                }
            }
        }
    }

    private void ScoreInline(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var n = features.Length;
        Span<int> found = stackalloc int[n];
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        fixed (InlineSlot* table = _inline)
        {
            for (var i = 0; i < n; i++)
            {
                var slot = SlotOf(features[i]);
                found[i] = slot;
                Sse.Prefetch0(table + slot);
            }

            for (var i = 0; i < n; i++)
            {
                var slot = found[i];
                var key = features[i];
                while (table[slot].Key != key && table[slot].Key != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                var row = table + slot;
                if (row->Key != 0)
                {
                    s0 += row->W0;
                    s1 += row->W1;
                    s2 += row->W2;
                    s3 += row->W3;
                }
            }
        }

        scores[0] += s0;
        scores[1] += s1;
        scores[2] += s2;
        scores[3] += s3;
    }

    private static InlineSlot[] BuildInline(ulong[] keys, int[] rowStart, ushort[] classes, float[] weights, out int mask, out int shift)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        var table = GC.AllocateArray<InlineSlot>(capacity, pinned: true);
        mask = capacity - 1;
        shift = 64 - BitOperations.Log2((uint)capacity);
        for (var r = 0; r < keys.Length; r++)
        {
            var row = new InlineSlot { Key = keys[r] };
            for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
            {
                row[classes[k]] = weights[k];
            }

            var slot = SlotOf(keys[r], shift);
            while (table[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = row;
        }

        return table;
    }

    private int SlotOf(ulong key) => SlotOf(key, _shift);

    // Fibonacci hashing: the top bits of the key times 2^64 / phi pick the slot.
    private static int SlotOf(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>
    /// The mean of several trained weight sets (parameter mixing, as the entity recogniser does): runs that saw the
    /// data in different orders disagree on rare features, and the mean keeps what they share.
    /// </summary>
    public static SparseWeights Mean(IReadOnlyList<SparseWeights> runs)
    {
        var sums = new SortedDictionary<ulong, Dictionary<ushort, float>>();
        foreach (var run in runs)
        {
            for (var r = 0; r < run._keys.Length; r++)
            {
                if (!sums.TryGetValue(run._keys[r], out var row))
                {
                    sums[run._keys[r]] = row = [];
                }

                for (var k = run._rowStart[r]; k < run._rowStart[r + 1]; k++)
                {
                    row[run._classes[k]] = row.GetValueOrDefault(run._classes[k]) + (run._weights[k] / runs.Count);
                }
            }
        }

        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var row in sums.Values)
        {
            foreach (var (cls, weight) in row.OrderBy(e => e.Key))
            {
                classes.Add(cls);
                weights.Add(weight);
            }

            starts.Add(classes.Count);
        }

        return new SparseWeights(runs[0].ClassCount, [.. sums.Keys], [.. starts], [.. classes], [.. weights]);
    }

    /// <summary>Writes the weights.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(_weights.Length);
        writer.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_rowStart.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_classes.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    // Where a feature's row is: Count weights from Start in the entries, or (Count -1) a dense row at Start.
    private readonly record struct Slot(ulong Key, int Start, int Count);

    private readonly record struct Entry(ushort Class, float Weight);

    // A key with the weights of up to four classes, 24 bytes: most slots are read with one cache line.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct InlineSlot
    {
        public const int Classes = 4;
        public ulong Key;
        public float W0;
        public float W1;
        public float W2;
        public float W3;

        public float this[int c]
        {
            set
            {
                switch (c)
                {
                    case 0: W0 = value; break;
                    case 1: W1 = value; break;
                    case 2: W2 = value; break;
                    default: W3 = value; break;
                }
            }
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    public static SparseWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classCount is < 1 or > ushort.MaxValue || rows < 0 || count < 0)
        {
            throw new InvalidDataException("Bad weight table in the syntax model.");
        }

        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new ushort[count];
        var weights = new float[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(starts.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classes.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        if (starts[0] != 0 || starts[rows] != count || classes.Any(c => c >= classCount))
        {
            throw new InvalidDataException("Bad weight table in the syntax model.");
        }

        return new SparseWeights(classCount, keys, starts, classes, weights);
    }
}
