namespace Triangulate.Resolution.Claims;

/// <summary>
/// The annotations of a document near one claim, found by binary search, so that reading a claim's mentions, times and
/// amounts costs what its neighbourhood holds and not what the whole document holds. (Scanning every annotation of
/// the document for every claim made one document of 1 MB cost as much as a thousand reports.)
/// </summary>
internal sealed class ClaimNeighbourhood
{
    /// <summary>How far around a claim its sentence is looked for (as <see cref="ClaimIndex"/> reads it).</summary>
    public const int Reach = 402;

    private readonly AnnotatedDocument _document;
    private readonly SpanWindow _mentions;
    private readonly SpanWindow _times;
    private readonly SpanWindow _quantities;

    public ClaimNeighbourhood(AnnotatedDocument document)
    {
        _document = document;
        _mentions = new SpanWindow(document.Mentions.Select(m => (m.Start, m.End)));
        _times = new SpanWindow(document.Times.Select(t => (t.Start, t.End)));
        _quantities = new SpanWindow(document.Quantities.Select(q => (q.Start, q.End)));
    }

    /// <summary>
    /// The document as seen from around a claim: only the annotations that start within the claim's reach (and within
    /// its source's span), in their original order, with the mention nodes to match. Every test the claim records
    /// make on a span looks inside that region, so they find what they found in the whole document.
    /// </summary>
    public (AnnotatedDocument Document, int[] MentionNodes) Around(Core.Claims.Claim claim, int[] mentionNodes)
    {
        var start = claim.Start - Reach;
        var end = claim.End + Reach;
        foreach (var link in claim.SourceChain)
        {
            if (link.Start >= 0)
            {
                start = Math.Min(start, link.Start);
                end = Math.Max(end, link.End);
            }
        }

        var mentions = _mentions.Starting(start, end);
        var nodes = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            nodes[i] = mentionNodes[mentions[i]];
        }

        var local = _document with
        {
            Mentions = [.. mentions.Select(i => _document.Mentions[i])],
            Times = [.. _times.Starting(start, end).Select(i => _document.Times[i])],
            Quantities = [.. _quantities.Starting(start, end).Select(i => _document.Quantities[i])],
        };
        return (local, nodes);
    }

    /// <summary>Spans sorted by start, each with its index in the document's list.</summary>
    private sealed class SpanWindow
    {
        private readonly int[] _starts;
        private readonly int[] _indices;
        private readonly int _longest;

        public SpanWindow(IEnumerable<(int Start, int End)> spans)
        {
            var list = spans.Select((s, i) => (s.Start, s.End, Index: i)).OrderBy(s => s.Start).ThenBy(s => s.Index).ToArray();
            _starts = [.. list.Select(s => s.Start)];
            _indices = [.. list.Select(s => s.Index)];
            _longest = list.Length == 0 ? 0 : list.Max(s => Math.Max(0, s.End - s.Start));
        }

        /// <summary>
        /// The indices, ascending, of the spans that could touch [<paramref name="start"/>, <paramref name="end"/>]:
        /// every span starting from the longest span's length before it up to its end (a superset; callers test).
        /// </summary>
        public List<int> Starting(int start, int end)
        {
            var from = LowerBound(start - _longest);
            var found = new List<int>();
            for (var i = from; i < _starts.Length && _starts[i] <= end; i++)
            {
                found.Add(_indices[i]);
            }

            found.Sort();
            return found;
        }

        private int LowerBound(int value)
        {
            int lo = 0, hi = _starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_starts[mid] < value)
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
}
