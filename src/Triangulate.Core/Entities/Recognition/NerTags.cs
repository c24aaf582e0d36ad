namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The labels the model scores and the beam searches over: BILOU over the four CoNLL types (B- begins a name of
/// several tokens, I- continues it, L- ends it, U- is a name of one token), which Ratinov and Roth (2009) found
/// better than BIO for the same features, because a token's label then says whether the name goes on. Callers see
/// BIO (<see cref="NerLabels"/>): U- becomes B-, L- becomes I-.
/// </summary>
internal static class NerTags
{
    /// <summary>Number of tags: O plus B-, I-, L- and U- for each type.</summary>
    public const int Count = 17;

    /// <summary>The tag outside any name.</summary>
    public const byte Outside = 0;

    private const int KindBegin = 0, KindInside = 1, KindLast = 2, KindUnit = 3;

    // O, every B- and every U-: the tags that may follow O, L- or U-, or start a sentence.
    private const uint Openers = 1u | (1u << 1) | (1u << 4) | (1u << 5) | (1u << 8) | (1u << 9) | (1u << 12) | (1u << 13) | (1u << 16);

    // O and every U-: the tags that may end a sentence after O, L- or U-.
    private const uint Closers = 1u | (1u << 4) | (1u << 8) | (1u << 12) | (1u << 16);

    /// <summary>The type index of a tag other than O.</summary>
    public static int TypeIndex(byte tag) => (tag - 1) >> 2;

    /// <summary>The BIO label of a tag.</summary>
    public static byte ToBio(byte tag) => tag == Outside
        ? NerLabels.Outside
        : (Kind(tag) is KindBegin or KindUnit ? NerLabels.Begin(TypeIndex(tag)) : NerLabels.Inside(TypeIndex(tag)));

    /// <summary>Replaces every tag of <paramref name="tags"/> by its BIO label.</summary>
    public static void ToBio(Span<byte> tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = ToBio(tags[i]);
        }
    }

    /// <summary>The tags of a sentence labelled in BIO (an I- after O or another type starts a name, as in IOB1).</summary>
    public static byte[] FromBio(ReadOnlySpan<byte> labels)
    {
        var tags = new byte[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside)
            {
                continue;
            }

            var type = NerLabels.TypeIndex(labels[i]);
            var begins = NerLabels.IsBegin(labels[i]) || i == 0 || labels[i - 1] == NerLabels.Outside || NerLabels.TypeIndex(labels[i - 1]) != type;
            var goesOn = i + 1 < labels.Length && labels[i + 1] == NerLabels.Inside(type);
            var kind = begins ? (goesOn ? KindBegin : KindUnit) : (goesOn ? KindInside : KindLast);
            tags[i] = (byte)(1 + (4 * type) + kind);
        }

        return tags;
    }

    /// <summary>
    /// One bit per tag that may follow <paramref name="previous"/> (O at the start of a sentence): after B- or I- of
    /// a type only its I- or L-, otherwise O, B- or U-; on the last token (<paramref name="last"/>) only tags that
    /// end a name or are outside one.
    /// </summary>
    public static uint AllowedAfter(byte previous, bool last)
    {
        if (previous != Outside && Kind(previous) is KindBegin or KindInside)
        {
            var type = TypeIndex(previous);
            var end = 1u << (1 + (4 * type) + KindLast);
            return last ? end : end | (1u << (1 + (4 * type) + KindInside));
        }

        return last ? Closers : Openers;
    }

    private static int Kind(byte tag) => (tag - 1) & 3;
}
