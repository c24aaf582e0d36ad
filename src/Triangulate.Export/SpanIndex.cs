namespace Triangulate.Export;

/// <summary>
/// A layer's items sorted by start, found by binary search: the items inside a span, or the first overlapping one.
/// A report at the annotation cap (2 million characters) has tens of thousands of claims and mentions; scanning every
/// mention for every claim made its export take minutes.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class SpanIndex<T>
{
    private readonly T[] _items;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int _longest;

    public SpanIndex(IReadOnlyList<T> items, Func<T, int> start, Func<T, int> end)
    {
        // A stable sort: items of one start keep the layer's order.
        _items = [.. items.OrderBy(start)];
        _starts = [.. _items.Select(start)];
        _ends = [.. _items.Select(end)];
        _longest = _items.Length == 0 ? 0 : _items.Max(i => end(i) - start(i));
    }

    /// <summary>The items wholly inside [start, end), in order of their starts.</summary>
    public IEnumerable<T> Inside(int start, int end)
    {
        for (var i = LowerBound(start); i < _items.Length && _starts[i] < end; i++)
        {
            if (_ends[i] <= end)
            {
                yield return _items[i];
            }
        }
    }

    /// <summary>The items that share a character with [start, end), in order of their starts.</summary>
    public IEnumerable<T> Overlapping(int start, int end)
    {
        for (var i = LowerBound(start - _longest); i < _items.Length && _starts[i] < end; i++)
        {
            if (_ends[i] > start)
            {
                yield return _items[i];
            }
        }
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
