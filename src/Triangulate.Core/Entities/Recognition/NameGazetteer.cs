namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The names of the training data as a gazetteer: each name (its words' hashes, case kept) with the types it was
/// annotated with. While training, the names of the document being learnt from are left out, so that the model
/// learns how far to trust a match on text it has not seen, as it will be used.
/// </summary>
internal sealed class NameGazetteer
{
    /// <summary>Longest name matched, in tokens.</summary>
    public const int MaxTokens = 6;

    private const int PrefixBit = 1 << 8;

    private readonly Dictionary<ulong, int[]> _counts;
    private readonly HashSet<ulong> _prefixes;
    private readonly HashMap64 _marks; // type mask | PrefixBit, for tagging (no names left out): one lookup per step

    public NameGazetteer(Dictionary<ulong, int[]> counts, HashSet<ulong> prefixes)
    {
        _counts = counts;
        _prefixes = prefixes;
        var marks = new Dictionary<ulong, int>(counts.Count + prefixes.Count);
        foreach (var hash in counts.Keys.Concat(prefixes))
        {
            marks[hash] = MaskOf(hash, null) | (prefixes.Contains(hash) ? PrefixBit : 0);
        }

        _marks = new HashMap64(marks);
    }

    /// <summary>An empty gazetteer.</summary>
    public static NameGazetteer Empty { get; } = new([], []);

    /// <summary>Names and their type counts, by hash.</summary>
    public IReadOnlyDictionary<ulong, int[]> Counts => _counts;

    /// <summary>Hashes of the proper prefixes of names.</summary>
    public IReadOnlySet<ulong> Prefixes => _prefixes;

    /// <summary>The hash of a name of one token.</summary>
    public static ulong Start(ulong exactHash) => FeatureHash.Mix(45, exactHash);

    /// <summary>The hash of a name extended by one token.</summary>
    public static ulong Extend(ulong hash, ulong exactHash) => FeatureHash.Mix(46, hash, exactHash);

    /// <summary>Builds the gazetteer from names (lists of exact word hashes) and their CoNLL type index.</summary>
    public static NameGazetteer Build(IEnumerable<(ulong[] Words, int Type)> names)
    {
        var counts = new Dictionary<ulong, int[]>();
        var prefixes = new HashSet<ulong>();
        foreach (var (words, type) in names)
        {
            if (words.Length > MaxTokens)
            {
                continue;
            }

            var h = Start(words[0]);
            for (var k = 1; k < words.Length; k++)
            {
                prefixes.Add(h);
                h = Extend(h, words[k]);
            }

            if (!counts.TryGetValue(h, out var c))
            {
                counts[h] = c = new int[NerLabels.Types.Count];
            }

            c[type]++;
        }

        return new NameGazetteer(counts, prefixes);
    }

    /// <summary>
    /// Marks the tokens covered by names, longest match first, left to right: bit 2*type for the first token of a
    /// name and bit 2*type+1 for the others. Counts in <paramref name="leaveOut"/> are subtracted.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> exact, Span<int> bits, NameGazetteer? leaveOut)
    {
        bits.Clear();
        if (_counts.Count == 0)
        {
            return;
        }

        for (var i = 0; i < exact.Length;)
        {
            var h = Start(exact[i]);
            var bestLength = 0;
            var bestMask = 0;
            for (var k = 1; k <= MaxTokens && i + k <= exact.Length; k++)
            {
                if (k > 1)
                {
                    h = Extend(h, exact[i + k - 1]);
                }

                var marks = leaveOut is null ? _marks.Get(h, 0) : MaskOf(h, leaveOut) | (_prefixes.Contains(h) ? PrefixBit : 0);
                if ((marks & ~PrefixBit) != 0)
                {
                    bestLength = k;
                    bestMask = marks & ~PrefixBit;
                }

                if ((marks & PrefixBit) == 0)
                {
                    break;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < bestLength; k++)
            {
                for (var t = 0; t < NerLabels.Types.Count; t++)
                {
                    if ((bestMask & (1 << t)) != 0)
                    {
                        bits[i + k] |= 1 << ((2 * t) + (k == 0 ? 0 : 1));
                    }
                }
            }

            i += bestLength;
        }
    }

    private int MaskOf(ulong hash, NameGazetteer? leaveOut)
    {
        if (!_counts.TryGetValue(hash, out var counts))
        {
            return 0;
        }

        var excluded = leaveOut is not null && leaveOut._counts.TryGetValue(hash, out var e) ? e : null;
        var mask = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] - (excluded?[t] ?? 0) > 0)
            {
                mask |= 1 << t;
            }
        }

        return mask;
    }
}
