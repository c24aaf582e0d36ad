namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The trained weights: for each feature hash, one row of <see cref="NerLabels.Count"/> floats. An open-addressing
/// table (linear probing, keys 0 = empty) because lookup is the inner loop of tagging and a
/// <see cref="Dictionary{TKey,TValue}"/> costs about twice as much per probe.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <summary>Builds the table from parallel arrays of keys and rows of weights.</summary>
    public WeightTable(ulong[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new ulong[capacity];
        _rows = new int[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slots[slot] = keys[i];
            _rows[slot] = i;
        }
    }

    /// <summary>The feature hashes, one per row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The weights, row-major, <see cref="NerLabels.Count"/> per row.</summary>
    public float[] Weights { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 when the model never saw the feature.</summary>
    public int Find(ulong key)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var k = _slots[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var weights = Weights;
        foreach (var f in features)
        {
            var row = Find(f);
            if (row < 0)
            {
                continue;
            }

            var w = weights.AsSpan(row * NerLabels.Count, NerLabels.Count);
            for (var l = 0; l < NerLabels.Count; l++)
            {
                scores[l] += w[l];
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
