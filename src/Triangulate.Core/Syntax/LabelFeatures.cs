using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The features the relation of a new arc is chosen by, once the parser has decided to attach a word: the dependent
/// and the head (words, tags, clusters, affixes), direction and distance, the dependent's outermost children and
/// their relations (its subtree is complete when it is attached: "by" under a passive agent, "to" under a
/// complement), the relations the head already has, and the words around the dependent.
/// </summary>
internal static class LabelFeatures
{
    /// <summary>Most features one arc has.</summary>
    public const int Max = 40;

    private const ulong None = 0x1AB3_0001;
    private const ulong Root = 0x1AB3_0002;

    /// <summary>Writes the features of attaching <paramref name="d"/> to <paramref name="h"/> and returns how many there are.</summary>
    public static int Extract(ParserState s, WordFeatures w, ReadOnlySpan<UniversalPos> tags, int h, int d, Span<ulong> o)
    {
        var n = 0;
        var count = s.Count;
        var hw = h == count ? Root : w.Lower[h];
        var ht = h == count ? Root : (ulong)tags[h] + 1;
        var hc = h == count ? Root : (ulong)w.Cluster[h];
        var dw = w.Lower[d];
        var dt = (ulong)tags[d] + 1;
        var dc = (ulong)w.Cluster[d];
        var direction = h == count ? 2UL : d < h ? 0UL : 1UL;
        var distance = h == count ? 0UL : (ulong)Math.Min(Math.Abs(h - d), 8);
        var dl1 = s.Left1[d];
        var dr1 = s.Right1[d];
        var dl1w = dl1 < 0 ? None : w.Lower[dl1];
        var dl1t = dl1 < 0 ? None : (ulong)tags[dl1] + 1;
        var dl1l = dl1 < 0 ? None : (ulong)s.Labels[dl1] + 1;
        var dr1t = dr1 < 0 ? None : (ulong)tags[dr1] + 1;
        var dr1l = dr1 < 0 ? None : (ulong)s.Labels[dr1] + 1;
        var before = d > 0 ? (ulong)tags[d - 1] + 1 : None;
        var after = d + 1 < count ? (ulong)tags[d + 1] + 1 : None;

        o[n++] = FeatureHash.Mix(201, direction);
        o[n++] = FeatureHash.Mix(202, dw, direction);
        o[n++] = FeatureHash.Mix(203, dt, direction);
        o[n++] = FeatureHash.Mix(204, hw, direction);
        o[n++] = FeatureHash.Mix(205, ht, direction);
        o[n++] = FeatureHash.Mix(206, dt, ht, direction);
        o[n++] = FeatureHash.Mix(207, dw, ht, direction);
        o[n++] = FeatureHash.Mix(208, dt, hw, direction);
        o[n++] = FeatureHash.Mix(209, FeatureHash.Mix(0, dw, dt), hw, ht);
        o[n++] = FeatureHash.Mix(210, dt, ht, distance);
        o[n++] = FeatureHash.Mix(211, dc & 0xFFFF, ht, direction);
        o[n++] = FeatureHash.Mix(212, dc >> 16, hc >> 16, direction);
        o[n++] = FeatureHash.Mix(213, dt, hc & 0xFFFF, direction);
        o[n++] = FeatureHash.Mix(214, w.Suffix3[d], dt);
        o[n++] = FeatureHash.Mix(215, w.Suffix2[d], ht, direction);
        o[n++] = FeatureHash.Mix(216, w.Shape[d], dt);
        o[n++] = FeatureHash.Mix(217, dl1w, dt, ht);
        o[n++] = FeatureHash.Mix(218, dl1t, dl1l, dt);
        o[n++] = FeatureHash.Mix(219, dl1w, direction);
        o[n++] = FeatureHash.Mix(220, dr1t, dr1l, dt);
        o[n++] = FeatureHash.Mix(221, dt, s.LeftLabels[d], s.RightLabels[d]);
        o[n++] = FeatureHash.Mix(222, ht, h == count ? None : s.LeftLabels[h], direction);
        o[n++] = FeatureHash.Mix(223, ht, h == count ? None : s.RightLabels[h], direction);
        o[n++] = FeatureHash.Mix(224, before, dt, after);
        o[n++] = FeatureHash.Mix(225, dw, dl1w);
        o[n++] = FeatureHash.Mix(226, dt, dl1t, ht);
        o[n++] = FeatureHash.Mix(227, w.Flags[d], dt, direction);
        o[n++] = FeatureHash.Mix(228, dt, (ulong)s.LeftCount[d], (ulong)s.RightCount[d]);
        o[n++] = FeatureHash.Mix(229, d == 0 ? 1UL : 0UL, dt, ht);
        o[n++] = FeatureHash.Mix(230, hw, dw);
        o[n++] = FeatureHash.Mix(231, w.Word[d], direction);
        o[n++] = FeatureHash.Mix(232, h != count && h > 0 ? (ulong)tags[h - 1] + 1 : None, ht, dt);
        return n;
    }
}
