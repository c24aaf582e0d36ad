using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The features the part-of-speech tagger scores a word by (in the spirit of Ratnaparkhi's and Collins' taggers):
/// the word and its neighbours two either side, affixes, shape, clusters, the tags the word and its neighbours had in
/// the training data, and the two tags already chosen to its left.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Most features one word has.</summary>
    public const int Max = 48;

    private const ulong None = 0x5EED_0001;
    private const ulong Start = 0x5EED_0002;
    private const ulong End = 0x5EED_0003;

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many there are.</summary>
    public static int Extract(WordFeatures w, int i, ReadOnlySpan<UniversalPos> tags, Span<ulong> output)
    {
        var n = 0;
        var count = w.Count;
        var t1 = i >= 1 ? (ulong)tags[i - 1] : Start;
        var t2 = i >= 2 ? (ulong)tags[i - 2] : Start;
        var l0 = w.Lower[i];
        var lm1 = i >= 1 ? w.Lower[i - 1] : Start;
        var lm2 = i >= 2 ? w.Lower[i - 2] : Start;
        var lp1 = i + 1 < count ? w.Lower[i + 1] : End;
        var lp2 = i + 2 < count ? w.Lower[i + 2] : End;
        var c0 = (ulong)w.Cluster[i];
        output[n++] = FeatureHash.Mix(1, 1);
        output[n++] = FeatureHash.Mix(2, w.Word[i]);
        output[n++] = FeatureHash.Mix(3, l0);
        output[n++] = FeatureHash.Mix(4, w.Prefix1[i]);
        output[n++] = FeatureHash.Mix(5, w.Prefix2[i]);
        output[n++] = FeatureHash.Mix(6, w.Prefix3[i]);
        output[n++] = FeatureHash.Mix(7, w.Suffix1[i]);
        output[n++] = FeatureHash.Mix(8, w.Suffix2[i]);
        output[n++] = FeatureHash.Mix(9, w.Suffix3[i]);
        output[n++] = FeatureHash.Mix(10, w.Suffix4[i]);
        output[n++] = FeatureHash.Mix(11, w.Shape[i]);
        output[n++] = FeatureHash.Mix(12, w.Flags[i], i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Mix(13, lm1);
        output[n++] = FeatureHash.Mix(14, lm2);
        output[n++] = FeatureHash.Mix(15, lp1);
        output[n++] = FeatureHash.Mix(16, lp2);
        output[n++] = FeatureHash.Mix(17, i >= 1 ? w.Suffix3[i - 1] : Start);
        output[n++] = FeatureHash.Mix(18, i + 1 < count ? w.Suffix3[i + 1] : End);
        output[n++] = FeatureHash.Mix(19, t1);
        output[n++] = FeatureHash.Mix(20, t2);
        output[n++] = FeatureHash.Mix(21, t1, t2);
        output[n++] = FeatureHash.Mix(22, t1, l0);
        output[n++] = FeatureHash.Mix(23, lm1, l0);
        output[n++] = FeatureHash.Mix(24, l0, lp1);
        output[n++] = FeatureHash.Mix(25, c0 & 0xFFFF);
        output[n++] = FeatureHash.Mix(26, c0 >> 16);
        output[n++] = FeatureHash.Mix(27, i >= 1 ? (ulong)w.Cluster[i - 1] & 0xFFFF : Start);
        output[n++] = FeatureHash.Mix(28, i + 1 < count ? (ulong)w.Cluster[i + 1] & 0xFFFF : End);
        output[n++] = FeatureHash.Mix(29, i >= 1 ? w.Shape[i - 1] : Start);
        output[n++] = FeatureHash.Mix(30, i + 1 < count ? w.Shape[i + 1] : End);
        output[n++] = FeatureHash.Mix(31, t1, w.Suffix3[i]);
        output[n++] = FeatureHash.Mix(32, lm1, lp1);
        output[n++] = FeatureHash.Mix(33, t1, lp1);
        output[n++] = FeatureHash.Mix(34, c0 == 0 ? None : c0 >> 16, i + 1 < count ? (ulong)w.Cluster[i + 1] >> 16 : End);
        output[n++] = FeatureHash.Mix(35, t1, c0 & 0xFFFF);
        var a0 = (ulong)w.TagSet[i];
        var ap1 = i + 1 < count ? (ulong)w.TagSet[i + 1] : End;
        output[n++] = FeatureHash.Mix(36, a0);
        output[n++] = FeatureHash.Mix(37, a0, t1);
        output[n++] = FeatureHash.Mix(38, a0, ap1);
        output[n++] = FeatureHash.Mix(39, i >= 1 ? (ulong)w.TagSet[i - 1] : Start, a0);
        output[n++] = FeatureHash.Mix(40, a0, w.Suffix3[i]);
        output[n++] = FeatureHash.Mix(41, t1, a0, ap1);
        output[n++] = FeatureHash.Mix(42, i + 2 < count ? (ulong)w.TagSet[i + 2] : End, ap1);
        output[n++] = FeatureHash.Mix(43, l0, ap1);
        return n;
    }
}
