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
    private readonly float[] _dense;
    private readonly Slot[] _slots;
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

        var denseRows = Enumerable.Range(0, keys.Length)
            .Where(r => classCount <= Vector256<float>.Count || rowStart[r + 1] - rowStart[r] > DenseAbove)
            .ToArray();
        _dense = GC.AllocateArray<float>(denseRows.Length * ScoreLength, pinned: true);
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = GC.AllocateArray<Slot>(capacity, pinned: true);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        var next = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            var value = r;
            if (next < denseRows.Length && denseRows[next] == r)
            {
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    _dense[(next * ScoreLength) + classes[k]] = weights[k];
                }

                value = -2 - next;
                next++;
            }

            var slot = SlotOf(keys[r]);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(keys[r], value);
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

        Span<int> slots = stackalloc int[features.Length];
        fixed (Slot* table = _slots)
        {
            for (var i = 0; i < features.Length; i++)
            {
                slots[i] = SlotOf(features[i]);
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(table + slots[i]);
                }
            }
        }

        ref var classes = ref MemoryMarshal.GetArrayDataReference(_classes);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var starts = ref MemoryMarshal.GetArrayDataReference(_rowStart);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref var sums = ref MemoryMarshal.GetReference(scores);
        for (var i = 0; i < features.Length; i++)
        {
            var row = Find(features[i], slots[i]);
            if (row >= 0)
            {
                var end = Unsafe.Add(ref starts, row + 1);
                for (var k = Unsafe.Add(ref starts, row); k < end; k++)
                {
                    Unsafe.Add(ref sums, Unsafe.Add(ref classes, k)) += Unsafe.Add(ref weights, k);
                }
            }
            else if (row != int.MinValue)
            {
                ref var values = ref Unsafe.Add(ref dense, (-2 - row) * ScoreLength);
                for (var c = 0; c < ScoreLength; c += Vector256<float>.Count)
                {
                    (Vector256.LoadUnsafe(ref sums, (nuint)c) + Vector256.LoadUnsafe(ref values, (nuint)c)).StoreUnsafe(ref sums, (nuint)c);
                }
            }
        }
    }

    private int Find(ulong key, int slot)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            ref var s = ref Unsafe.Add(ref slots, slot);
            if (s.Key == key)
            {
                return s.Value;
            }

            if (s.Key == 0)
            {
                return int.MinValue;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

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

    private readonly record struct Slot(ulong Key, int Value);

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
