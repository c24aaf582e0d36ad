using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The trained weights: for each feature hash, one row of <see cref="NerTags.Count"/> floats, looked up in two
/// levels built at load time. The lookups are most of the tagging time (about 52 a token, 81 % of them find a row),
/// and the table does not fit in the cache, so the layout is chosen for cache misses:
/// <list type="bullet">
/// <item>an open-addressing index (linear probing, 4 bytes a slot, load under one half, 1 MB for 100,000 features)
/// whose slots hold the entry number and a tag of the key's other bits, so that probing, and a feature without a row,
/// mostly stay in the L2 cache;</item>
/// <item>the entries, two 64-byte cache lines each (the key, then the row of 17 tags), aligned to 128 bytes, so that a
/// feature with a row costs one miss of a pair of adjacent lines (which the hardware prefetches together). (With the
/// 9 BIO labels an entry was one line; the previous single table of 48-byte slots, key and row together at a load of
/// one third, was 12.6 MB and half its rows straddled two lines.)</item>
/// </list>
/// With this layout the same documents tag only about 8 % slower cold than when their features are all cached, so
/// what is left is instructions and mispredicted branches: one pass over the features (a first pass that only touched
/// every slot, so that the misses overlap, was 10-15 % slower), the first slot settling most lookups without a branch
/// on its contents (5-10 % faster than probing with branches), and the rows added with two 256-bit vector adds for sixteen tags and a scalar add
/// for the seventeenth, kept in registers. Each label's sum still takes the features in the same order, so the scores are bit
/// for bit those of a plain loop.
/// </summary>
internal sealed unsafe class WeightTable : IFeatureScorer
{
    private const int Stride = 32; // floats per entry: key (2 floats), 6 of padding, 17 weights, 7 of padding = 128 bytes
    private const int RowOffset = 8; // the row starts 32 bytes in, so that its vector loads are aligned

    // Native memory in 2 MB pages (Syntax/LargePages.cs: with 4 KB pages nearly every lookup of a table this size
    // also walks the page tables), so entry 0 starts on a 128-byte boundary; freed with the table.
    private readonly uint* _index;
    private readonly float* _entries;
    private readonly int _base = 0; // first float of entry 0
    private readonly int _mask;
    private readonly int _shift;
    private readonly int _entryBits;
    private readonly uint _entryMask;

    /// <summary>Builds the table from parallel arrays of keys and rows of weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over every feature: not worth tiering up
    public WeightTable(ulong[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _index = Syntax.LargePages.Allocate<uint>(capacity);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _entryBits = Math.Max(1, BitOperations.Log2((uint)keys.Length) + 1);
        if (_entryBits > 28)
        {
            throw new InvalidDataException("Too many features for the weight table.");
        }

        _entryMask = (1u << _entryBits) - 1;
        _entries = Syntax.LargePages.Allocate<float>(((keys.Length + 1) * (long)Stride) + Stride);
        // Entry 0, where empty slots point, has key 0 (never a feature's) and a row of negative zeros: adding -0 leaves
        // every float as it was, +0 and -0 included, so a feature without a row can be added like one with a row.
        new Span<float>(_entries + _base + RowOffset, NerTags.Count).Fill(-0f);
        for (var i = 0; i < keys.Length; i++)
        {
            var at = _base + ((i + 1) * Stride);
            *(ulong*)(_entries + at) = keys[i];
            weights.AsSpan(i * NerTags.Count, NerTags.Count).CopyTo(new Span<float>(_entries + at + RowOffset, NerTags.Count));
            var slot = Slot(keys[i]);
            while (_index[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _index[slot] = Tag(keys[i]) | (uint)(i + 1);
        }
    }

    ~WeightTable()
    {
        Syntax.LargePages.Free(_index);
        Syntax.LargePages.Free(_entries);
    }

    /// <summary>The feature hashes, one per row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The weights, row-major, <see cref="NerTags.Count"/> per row.</summary>
    public float[] Weights { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var entries = ref Unsafe.AsRef<float>(_entries);
        if (!Vector256.IsHardwareAccelerated || scores.Length < NerTags.Count)
        {
            foreach (var f in features)
            {
                var entry = Find(f);
                for (var l = 0; entry >= 0 && l < NerTags.Count; l++)
                {
                    scores[l] += Unsafe.Add(ref entries, entry + RowOffset + l);
                }
            }

            return;
        }

        // The first sixteen tags' sums stay in two vector registers and the seventeenth in a scalar one for the whole
        // call, rather than going through memory after every feature.
        ref var sums = ref MemoryMarshal.GetReference(scores);
        var low = Vector256.LoadUnsafe(ref sums);
        var high = Vector256.LoadUnsafe(ref sums, 8);
        var last = Unsafe.Add(ref sums, 16);
        ref var index = ref Unsafe.AsRef<uint>(_index);
        var tagMask = ~_entryMask;
        foreach (var f in features)
        {
            // The first slot settles most lookups: the feature's own entry, or an empty slot (entry 0, a row of
            // negative zeros). Only a slot of another key sends the lookup on to probing: one branch, rarely taken,
            // instead of two that a miss or a hit takes at random.
            var s = Unsafe.Add(ref index, Slot(f));
            var number = (s & tagMask) == ((uint)f & tagMask) ? s & _entryMask : 0;
            var entry = _base + ((int)number * Stride);
            if (Unsafe.As<float, ulong>(ref Unsafe.Add(ref entries, entry)) != f && s != 0)
            {
                entry = Find(f);
                if (entry < 0)
                {
                    continue;
                }
            }

            ref var row = ref Unsafe.Add(ref entries, entry + RowOffset);
            low += Vector256.LoadUnsafe(ref row);
            high += Vector256.LoadUnsafe(ref row, 8);
            last += Unsafe.Add(ref row, 16);
        }

        low.StoreUnsafe(ref sums);
        high.StoreUnsafe(ref sums, 8);
        Unsafe.Add(ref sums, 16) = last;
    }

    // The first float of the entry of feature f, or -1 when f has no row.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong f)
    {
        ref var index = ref Unsafe.AsRef<uint>(_index);
        var tagMask = ~_entryMask;
        var tag = (uint)f & tagMask;
        var slot = Slot(f);
        while (true)
        {
            var s = Unsafe.Add(ref index, slot);
            if (s == 0)
            {
                return -1;
            }

            if ((s & tagMask) == tag)
            {
                var entry = _base + ((int)(s & _entryMask) * Stride);
                if (*(ulong*)(_entries + entry) == f)
                {
                    return entry;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private uint Tag(ulong key) => (uint)key & ~_entryMask;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
