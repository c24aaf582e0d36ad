using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// A read-only map from 64-bit hashes to ints, built once: open addressing with linear probing, key and value side by
/// side in one 16-byte slot, so a lookup is one cache miss. <see cref="Dictionary{TKey, TValue}"/> and
/// <see cref="HashSet{T}"/> read a bucket array and then an entry array (two misses), and the recogniser does four
/// to six such lookups per token (word clusters, common lower-case words, gazetteer bits, training names): written by
/// hand because no library type keeps key and value in one slot.
/// </summary>
internal sealed class HashMap64
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;
    private readonly bool _hasZero;
    private readonly int _zeroValue;

    /// <summary>Builds the map from key-value pairs (a later duplicate key wins).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per map, over every key: not worth tiering up
    public HashMap64(IEnumerable<KeyValuePair<ulong, int>> pairs)
    {
        var list = pairs as ICollection<KeyValuePair<ulong, int>> ?? [.. pairs];
        var capacity = 16;
        while (capacity < list.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, value) in list)
        {
            if (key == 0)
            {
                // 0 marks an empty slot: the one key 0 is kept aside.
                _hasZero = true;
                _zeroValue = value;
                continue;
            }

            var slot = SlotOf(key);
            while (_slots[slot].Key != 0 && _slots[slot].Key != key)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, value);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="missing"/> when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(ulong key, int missing)
    {
        if (key == 0)
        {
            return _hasZero ? _zeroValue : missing;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var slot = SlotOf(key);
        while (true)
        {
            ref var s = ref Unsafe.Add(ref slots, slot);
            if (s.Key == key)
            {
                return s.Value;
            }

            if (s.Key == 0)
            {
                return missing;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Key, int Value);
}
