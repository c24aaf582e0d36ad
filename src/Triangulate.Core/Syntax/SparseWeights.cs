using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The trained weights of a linear classifier over many classes (the tagger's tags, the parser's transitions and
/// relations). The table does not fit in the cache and every lookup risks a miss to memory, so the layout is made
/// for few, small reads. A perceptron only ever updates the classes it confused, so most features have weights for
/// two to four classes: those are kept inside the feature's 16-byte hash slot as (class, weight) pairs, and only
/// longer rows live apart. A classifier of at most three classes (the transitions) keeps every row in an 8-byte
/// slot. Weights are read as bfloat16 (the top half of a float, rounded), which leaves the parser's and tagger's
/// choices as they were within 0.0002 on EWT test and makes the table a third of its float size, so much more of it
/// stays in the cache (the entity recogniser, run on the same documents, shares that cache). <see cref="Score"/>
/// first computes every feature's slot and prefetches it, so that the misses of one configuration overlap instead
/// of following one another. Written by hand because no library offers a prefetching hash table.
/// </summary>
internal sealed unsafe class SparseWeights : IWeights
{
    // Most classes a classifier may have to keep its rows inside 8-byte slots.
    private const int InlineClasses = 3;

    // Pairs a 16-byte slot holds; a row with more lives in the entries, and its slot says where.
    private const int SlotPairs = 4;

    private const int External = 0xFF;

    private const uint TagMask = 0x7FFF;

    private const ulong Overflowed = 0x8000;

    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly ulong* _inline;
    private readonly ulong* _pairs;
    private readonly uint* _entries;
    private readonly int _shift;
    private readonly int _mask;

    public SparseWeights(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        ScoreLength = (classCount + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        if (ScoreLength == classCount)
        {
            // A class past the real ones takes the empty pairs of a slot.
            ScoreLength += Vector256<float>.Count;
        }

        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        if (classCount > byte.MaxValue - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), "At most 254 classes.");
        }

        // Buckets of one cache line: eight 8-byte slots (three classes or fewer), or four 16-byte slots, about half
        // of them used, so that a bucket seldom overflows into the next.
        var inline = classCount <= InlineClasses;
        var buckets = 16;
        while (buckets < keys.Length / (inline ? 4 : 2))
        {
            buckets <<= 1;
        }

        _mask = buckets - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        if (inline)
        {
            _inline = BuildInline(buckets);
        }
        else
        {
            _pairs = BuildPairs(buckets, out _entries);
        }
    }

    // The tables are native memory in large pages (see LargePages), freed with the weights.
    ~SparseWeights()
    {
        LargePages.Free(_inline);
        LargePages.Free(_pairs);
        LargePages.Free(_entries);
    }

    /// <summary>Number of classes the scores are over.</summary>
    public int ClassCount { get; }

    /// <summary>The length a scores buffer must have: more than <see cref="ClassCount"/>, in whole vectors.</summary>
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

        if (_inline != null)
        {
            ScoreInline(features, scores);
        }
        else
        {
            ScorePairs(features, scores);
        }
    }

    private void ScorePairs(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Two passes, so that the cache misses of all features overlap: find and prefetch each feature's bucket,
        // then add the pairs of the slot that holds it (a row that lives apart is added last, after its prefetch).
        var n = features.Length;
        Span<int> found = stackalloc int[n];
        Span<long> apart = stackalloc long[n];
        var apartCount = 0;
        ref var sums = ref MemoryMarshal.GetReference(scores);
        var table = _pairs;
        var entries = _entries;
        for (var i = 0; i < n; i++)
        {
            var bucket = BucketOf(features[i]);
            found[i] = bucket;
            Sse.Prefetch0(table + (bucket * 8L));
        }

        var tagMask = Vector256.Create((ulong)TagMask);
        var heads = Vector256.Create(ulong.MaxValue, 0, ulong.MaxValue, 0);
        var spread = Vector256.Create(0UL, 0, 2, 2);
        for (var i = 0; i < n; i++)
        {
            var tag = TagOf(features[i]);
            var p = table + (found[i] * 8L);

            // The bucket is [head, weights] x 4; the slot whose head has the tag is taken without a branch.
            var tags = Vector256.Create((ulong)tag);
            var lo = Vector256.Load(p);
            var hi = Vector256.Load(p + 4);
            var inLo = Vector256.Shuffle(Vector256.Equals(lo & tagMask, tags) & heads, spread);
            var inHi = Vector256.Shuffle(Vector256.Equals(hi & tagMask, tags) & heads, spread);
            var slot = (lo & inLo) | (hi & inHi);
            var head = slot.GetElement(0) | slot.GetElement(2);
            var w = slot.GetElement(1) | slot.GetElement(3);
            if (head == 0 && (p[0] & Overflowed) != 0)
            {
                (head, w) = FindPair(found[i], tag);
            }

            if (((head >> 16) & 0xFF) == External)
            {
                apart[apartCount++] = (long)((head >> 24) << 32 | (uint)w);
                Sse.Prefetch0(entries + (uint)w);
                continue;
            }

            // Empty pairs name a class past the real ones with a weight of zero (a missing feature: class 0, zero).
            Unsafe.Add(ref sums, (int)(head >> 24) & 0xFF) += BFloat16((uint)w);
            Unsafe.Add(ref sums, (int)(head >> 32) & 0xFF) += BFloat16((uint)(w >> 16));
            Unsafe.Add(ref sums, (int)(head >> 40) & 0xFF) += BFloat16((uint)(w >> 32));
            Unsafe.Add(ref sums, (int)(head >> 48) & 0xFF) += BFloat16((uint)(w >> 48));
        }

        for (var i = 0; i < apartCount; i++)
        {
            var start = (int)(uint)apart[i];
            var end = start + (int)(apart[i] >> 32);
            for (var k = start; k < end; k++)
            {
                Unsafe.Add(ref sums, (int)(entries[k] & 0xFFFF)) += BFloat16(entries[k] >> 16);
            }
        }
    }

    private void ScoreInline(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var n = features.Length;
        Span<int> found = stackalloc int[n];
        float s0 = 0, s1 = 0, s2 = 0;
        var table = _inline;
        for (var i = 0; i < n; i++)
        {
            var bucket = BucketOf(features[i]);
            found[i] = bucket;
            Sse.Prefetch0(table + (bucket * 8L));
        }

        var tagMask = Vector256.Create((ulong)TagMask);
        for (var i = 0; i < n; i++)
        {
            var tag = TagOf(features[i]);
            var p = table + (found[i] * 8L);

            // The slot with the tag among the bucket's eight, without a branch (0 when none has it).
            var tags = Vector256.Create((ulong)tag);
            var lo = Vector256.Load(p);
            var hi = Vector256.Load(p + 4);
            var both = (lo & Vector256.Equals(lo & tagMask, tags)) | (hi & Vector256.Equals(hi & tagMask, tags));
            var half = both.GetLower() | both.GetUpper();
            var v = half.GetElement(0) | half.GetElement(1);
            if (v == 0 && (p[0] & Overflowed) != 0)
            {
                v = FindInline(found[i], tag);
            }

            s0 += BFloat16((uint)(v >> 16));
            s1 += BFloat16((uint)(v >> 32));
            s2 += BFloat16((uint)(v >> 48));
        }

        scores[0] += s0;
        scores[1] += s1;
        scores[2] += s2;
    }

    // A key that did not fit in its full bucket is in one of the buckets after it.
    private ulong FindInline(int bucket, uint tag)
    {
        while ((_inline[bucket * 8L] & Overflowed) != 0)
        {
            bucket = (bucket + 1) & _mask;
            for (var k = 0; k < 8; k++)
            {
                if ((_inline[(bucket * 8L) + k] & TagMask) == tag)
                {
                    return _inline[(bucket * 8L) + k];
                }
            }
        }

        return 0;
    }

    private (ulong Head, ulong Weights) FindPair(int bucket, uint tag)
    {
        while ((_pairs[bucket * 8L] & Overflowed) != 0)
        {
            bucket = (bucket + 1) & _mask;
            for (var k = 0; k < 8; k += 2)
            {
                if ((_pairs[(bucket * 8L) + k] & TagMask) == tag)
                {
                    return (_pairs[(bucket * 8L) + k], _pairs[(bucket * 8L) + k + 1]);
                }
            }
        }

        return (0, 0);
    }

    // An inline slot is 8 bytes: 15 bits of the key (never 0, which marks an empty slot; the bucket holds other bits
    // of it), a bit that only the first slot of a bucket uses (some key overflowed to the next bucket), then the
    // weights of three classes as bfloat16.
    private ulong* BuildInline(int buckets)
    {
        var table = LargePages.Allocate<ulong>(buckets * 8L);
        for (var r = 0; r < _keys.Length; r++)
        {
            var row = (ulong)TagOf(_keys[r]);
            for (var k = _rowStart[r]; k < _rowStart[r + 1]; k++)
            {
                row |= (ulong)ToBFloat16(_weights[k]) << (16 * (_classes[k] + 1));
            }

            var slot = FreeSlot(table, _keys[r], 1);
            if (slot >= 0)
            {
                table[slot] |= row;
            }
        }

        return table;
    }

    // A pair slot: a head (the key's tag and the overflow bit as above, the number of pairs or External, four
    // classes), then four bfloat16 weights, or, for a row that lives apart, where its entries (class in the low
    // half, bfloat16 weight above) start.
    private ulong* BuildPairs(int buckets, out uint* entriesOut)
    {
        var table = LargePages.Allocate<ulong>(buckets * 8L);
        var apart = 0;
        for (var r = 0; r < _keys.Length; r++)
        {
            apart += _rowStart[r + 1] - _rowStart[r] > SlotPairs ? _rowStart[r + 1] - _rowStart[r] : 0;
        }

        var entries = LargePages.Allocate<uint>(apart);
        var next = 0;
        var padding = (ulong)ClassCount;
        for (var r = 0; r < _keys.Length; r++)
        {
            var count = _rowStart[r + 1] - _rowStart[r];
            var head = (ulong)TagOf(_keys[r]);
            ulong weights = 0;
            if (count > SlotPairs)
            {
                head |= External << 16 | (ulong)count << 24;
                weights = (ulong)next;
                for (var k = _rowStart[r]; k < _rowStart[r + 1]; k++)
                {
                    entries[next++] = _classes[k] | ((uint)ToBFloat16(_weights[k]) << 16);
                }
            }
            else
            {
                head |= (ulong)count << 16;
                for (var p = 0; p < SlotPairs; p++)
                {
                    var k = _rowStart[r] + p;
                    head |= (p < count ? _classes[k] : padding) << (24 + (8 * p));
                    weights |= (p < count ? (ulong)ToBFloat16(_weights[k]) : 0) << (16 * p);
                }
            }

            var slot = FreeSlot(table, _keys[r], 2);
            if (slot >= 0)
            {
                table[slot] |= head;
                table[slot + 1] = weights;
            }
        }

        entriesOut = entries;
        return table;
    }

    // The first free slot for the key: in its bucket, or, marking each full bucket as overflowed, in one after it.
    // A lookup takes the slot whose tag matches without asking whether another does, so a tag appears at most once
    // in a bucket: a key whose tag is already in a bucket it would pass is left out (-1), as a lookup would find the
    // other key's weights first (a few dozen of several hundred thousand features).
    private long FreeSlot(ulong* table, ulong key, int width)
    {
        var bucket = BucketOf(key);
        var tag = TagOf(key);
        while (true)
        {
            var free = -1L;
            for (var k = 0; k < 8; k += width)
            {
                var t = table[(bucket * 8L) + k] & TagMask;
                if (t == tag)
                {
                    return -1;
                }

                if (t == 0 && free < 0)
                {
                    free = (bucket * 8L) + k;
                }
            }

            if (free >= 0)
            {
                return free;
            }

            table[bucket * 8L] |= Overflowed;
            bucket = (bucket + 1) & _mask;
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / phi pick the bucket.
    private int BucketOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // The low 15 bits of the key, kept in the slot to tell keys apart (the bucket comes from the top bits).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint TagOf(ulong key)
    {
        var t = (uint)key & TagMask;
        return t != 0 ? t : 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float BFloat16(uint bits) => BitConverter.UInt32BitsToSingle(bits << 16);

    private static ushort ToBFloat16(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (ushort)((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16);
    }

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

    /// <summary>Writes the weights (as trained, in full precision).</summary>
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

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    public static SparseWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classCount is < 1 or > byte.MaxValue - 1 || rows < 0 || count < 0)
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
