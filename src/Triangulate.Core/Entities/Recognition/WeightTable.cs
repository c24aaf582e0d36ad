using System.Runtime.CompilerServices;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The trained weights: for each feature hash, one row of <see cref="NerLabels.Count"/> floats. Looked up through an
/// open-addressing table (linear probing, key 0 = empty) whose slots hold the key and the row together, 48 bytes, so
/// that a lookup costs one cache miss rather than three: on real text the table does not fit in the cache and the
/// misses are most of the tagging time.
/// </summary>
internal sealed class WeightTable : IFeatureScorer
{
    private const int Stride = 12; // key (2 floats), 9 weights, 1 float of padding
    private readonly float[] _slots;
    private readonly int _mask;
    private readonly int _shift;
    private ulong _sink;

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

        _slots = new float[capacity * Stride];
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (KeyAt(slot) != 0)
            {
                slot = (slot + 1) & _mask;
            }

            Unsafe.As<float, ulong>(ref _slots[slot * Stride]) = keys[i];
            weights.AsSpan(i * NerLabels.Count, NerLabels.Count).CopyTo(_slots.AsSpan((slot * Stride) + 2, NerLabels.Count));
        }
    }

    /// <summary>The feature hashes, one per row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The weights, row-major, <see cref="NerLabels.Count"/> per row.</summary>
    public float[] Weights { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Touch every slot first: the loads are independent, so their cache misses overlap instead of queueing.
        Span<int> slots = stackalloc int[features.Length];
        ulong touched = 0;
        for (var k = 0; k < features.Length; k++)
        {
            slots[k] = Slot(features[k]);
            touched ^= KeyAt(slots[k]);
        }

        _sink = touched;
        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            var slot = slots[k];
            while (true)
            {
                var key = KeyAt(slot);
                if (key == f)
                {
                    var w = _slots.AsSpan((slot * Stride) + 2, NerLabels.Count);
                    for (var l = 0; l < NerLabels.Count; l++)
                    {
                        scores[l] += w[l];
                    }

                    break;
                }

                if (key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    private ulong KeyAt(int slot) => Unsafe.As<float, ulong>(ref _slots[slot * Stride]);

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
