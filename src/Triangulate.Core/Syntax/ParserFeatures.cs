using System.Runtime.CompilerServices;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The features the parser scores a configuration by: the rich feature set of Zhang and Nivre (2011) adapted to the
/// arc-hybrid system, over the top three stack words, the first three buffer words and the outermost children of
/// the top two stack words and of the first buffer word: words, tags, clusters, relations of children, distance,
/// valency and the sets of relations a word's children already have.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Most features one configuration has.</summary>
    public const int Max = 96;

    private const ulong None = 0x7A11_0001;
    private const ulong Root = 0x7A11_0002;

    /// <summary>Writes the features of <paramref name="s"/> and returns how many there are.</summary>
    public static int Extract(ParserState s, WordFeatures w, ReadOnlySpan<UniversalPos> tags, Span<ulong> o)
    {
        var n = 0;
        var count = s.Count;
        var s0 = s.Stack(0);
        var s1 = s.Stack(1);
        var s2 = s.Stack(2);
        var b0 = s.Buffer(0);
        var b1 = s.Buffer(1);
        var b2 = s.Buffer(2);
        var s0l1 = Child(s.Left1, s0, count);
        var s0l2 = Child(s.Left2, s0, count);
        var s0r1 = Child(s.Right1, s0, count);
        var s0r2 = Child(s.Right2, s0, count);
        var s1l1 = Child(s.Left1, s1, count);
        var s1r1 = Child(s.Right1, s1, count);
        var b0l1 = Child(s.Left1, b0, count);
        var b0l2 = Child(s.Left2, b0, count);

        var s0w = W(w, s0, count);
        var s0t = T(tags, s0, count);
        var s1w = W(w, s1, count);
        var s1t = T(tags, s1, count);
        var s2t = T(tags, s2, count);
        var b0w = W(w, b0, count);
        var b0t = T(tags, b0, count);
        var b1w = W(w, b1, count);
        var b1t = T(tags, b1, count);
        var b2t = T(tags, b2, count);
        var s0l1t = T(tags, s0l1, count);
        var s0r1t = T(tags, s0r1, count);
        var s1r1t = T(tags, s1r1, count);
        var b0l1t = T(tags, b0l1, count);
        var s0c = C(w, s0, count);
        var s1c = C(w, s1, count);
        var b0c = C(w, b0, count);
        var b1c = C(w, b1, count);

        // Single words.
        o[n++] = FeatureHash.Mix(1, s0w);
        o[n++] = FeatureHash.Mix(2, s0t);
        o[n++] = FeatureHash.Mix(3, s0w, s0t);
        o[n++] = FeatureHash.Mix(4, s1w);
        o[n++] = FeatureHash.Mix(5, s1t);
        o[n++] = FeatureHash.Mix(6, s1w, s1t);
        o[n++] = FeatureHash.Mix(7, b0w);
        o[n++] = FeatureHash.Mix(8, b0t);
        o[n++] = FeatureHash.Mix(9, b0w, b0t);
        o[n++] = FeatureHash.Mix(10, b1w);
        o[n++] = FeatureHash.Mix(11, b1t);
        o[n++] = FeatureHash.Mix(12, b1w, b1t);
        o[n++] = FeatureHash.Mix(13, W(w, b2, count));
        o[n++] = FeatureHash.Mix(14, b2t);
        o[n++] = FeatureHash.Mix(15, s2t);
        o[n++] = FeatureHash.Mix(16, W(w, s2, count));
        o[n++] = FeatureHash.Mix(17, s0c & 0xFFFF);
        o[n++] = FeatureHash.Mix(18, s0c >> 16);
        o[n++] = FeatureHash.Mix(19, b0c & 0xFFFF);
        o[n++] = FeatureHash.Mix(20, b0c >> 16);
        o[n++] = FeatureHash.Mix(21, s1c & 0xFFFF);
        o[n++] = FeatureHash.Mix(22, s1c >> 16);
        o[n++] = FeatureHash.Mix(23, b1c >> 16);

        // Pairs.
        o[n++] = FeatureHash.Mix(24, FeatureHash.Mix(0, s0w, s0t), b0w, b0t);
        o[n++] = FeatureHash.Mix(25, s0w, s0t, b0w);
        o[n++] = FeatureHash.Mix(26, s0w, b0w, b0t);
        o[n++] = FeatureHash.Mix(27, s0w, s0t, b0t);
        o[n++] = FeatureHash.Mix(28, s0t, b0w, b0t);
        o[n++] = FeatureHash.Mix(29, s0w, b0w);
        o[n++] = FeatureHash.Mix(30, s0t, b0t);
        o[n++] = FeatureHash.Mix(31, b0t, b1t);
        o[n++] = FeatureHash.Mix(32, s0t, s1t);
        o[n++] = FeatureHash.Mix(33, s0w, s1w);
        o[n++] = FeatureHash.Mix(34, s1t, s0w);
        o[n++] = FeatureHash.Mix(35, s1w, s0t);
        o[n++] = FeatureHash.Mix(36, FeatureHash.Mix(0, s1w, s1t), s0w, s0t);
        o[n++] = FeatureHash.Mix(37, s0c >> 16, b0c >> 16);
        o[n++] = FeatureHash.Mix(38, s0c & 0xFFFF, b0t);
        o[n++] = FeatureHash.Mix(39, s0t, b0c & 0xFFFF);
        o[n++] = FeatureHash.Mix(40, s1c >> 16, s0c >> 16);
        o[n++] = FeatureHash.Mix(41, s1c & 0xFFFF, s0t);
        o[n++] = FeatureHash.Mix(42, s1t, s0c & 0xFFFF);

        // Triples of tags.
        o[n++] = FeatureHash.Mix(43, b0t, b1t, b2t);
        o[n++] = FeatureHash.Mix(44, s0t, b0t, b1t);
        o[n++] = FeatureHash.Mix(45, s1t, s0t, b0t);
        o[n++] = FeatureHash.Mix(46, s2t, s1t, s0t);
        o[n++] = FeatureHash.Mix(47, s0t, s0l1t, b0t);
        o[n++] = FeatureHash.Mix(48, s0t, s0r1t, b0t);
        o[n++] = FeatureHash.Mix(49, s0t, b0t, b0l1t);
        o[n++] = FeatureHash.Mix(50, s1t, s0t, s0l1t);
        o[n++] = FeatureHash.Mix(51, s1t, s0t, s0r1t);
        o[n++] = FeatureHash.Mix(52, s1t, s1r1t, s0t);
        o[n++] = FeatureHash.Mix(53, s0t, s0l1t, T(tags, s0l2, count));
        o[n++] = FeatureHash.Mix(54, s0t, s0r1t, T(tags, s0r2, count));
        o[n++] = FeatureHash.Mix(55, b0t, b0l1t, T(tags, b0l2, count));
        o[n++] = FeatureHash.Mix(56, s1t, T(tags, s1l1, count), s0t);

        // Distance between the top of the stack and the next word.
        var distance = s0 >= 0 && s0 < count && b0 >= 0 ? (ulong)Math.Min(b0 - s0, 6) : None;
        o[n++] = FeatureHash.Mix(57, s0w, distance);
        o[n++] = FeatureHash.Mix(58, s0t, distance);
        o[n++] = FeatureHash.Mix(59, b0w, distance);
        o[n++] = FeatureHash.Mix(60, b0t, distance);
        o[n++] = FeatureHash.Mix(61, s0t, b0t, distance);
        o[n++] = FeatureHash.Mix(62, s0w, b0w, distance);

        // Valency.
        var s0vl = s0 >= 0 ? (ulong)s.LeftCount[s0] : None;
        var s0vr = s0 >= 0 ? (ulong)s.RightCount[s0] : None;
        var b0vl = b0 >= 0 ? (ulong)s.LeftCount[b0] : None;
        o[n++] = FeatureHash.Mix(63, s0w, s0vr);
        o[n++] = FeatureHash.Mix(64, s0t, s0vr);
        o[n++] = FeatureHash.Mix(65, s0w, s0vl);
        o[n++] = FeatureHash.Mix(66, s0t, s0vl);
        o[n++] = FeatureHash.Mix(67, b0w, b0vl);
        o[n++] = FeatureHash.Mix(68, b0t, b0vl);
        o[n++] = FeatureHash.Mix(69, s1t, s1 >= 0 ? s.RightCount[s1] : None);

        // Children.
        o[n++] = FeatureHash.Mix(70, W(w, s0l1, count));
        o[n++] = FeatureHash.Mix(71, s0l1t);
        o[n++] = FeatureHash.Mix(72, L(s, s0l1));
        o[n++] = FeatureHash.Mix(73, W(w, s0r1, count));
        o[n++] = FeatureHash.Mix(74, s0r1t);
        o[n++] = FeatureHash.Mix(75, L(s, s0r1));
        o[n++] = FeatureHash.Mix(76, T(tags, s0l2, count), L(s, s0l2));
        o[n++] = FeatureHash.Mix(77, T(tags, s0r2, count), L(s, s0r2));
        o[n++] = FeatureHash.Mix(78, W(w, b0l1, count));
        o[n++] = FeatureHash.Mix(79, b0l1t);
        o[n++] = FeatureHash.Mix(80, L(s, b0l1));
        o[n++] = FeatureHash.Mix(81, T(tags, b0l2, count), L(s, b0l2));
        o[n++] = FeatureHash.Mix(82, s1r1t, L(s, s1r1));
        o[n++] = FeatureHash.Mix(83, s0t, L(s, s0l1), L(s, s0r1));
        o[n++] = FeatureHash.Mix(84, b0t, L(s, b0l1), L(s, b0l2));

        // Relations the children already have.
        var s0ll = s0 >= 0 ? s.LeftLabels[s0] : None;
        var s0rl = s0 >= 0 ? s.RightLabels[s0] : None;
        var b0ll = b0 >= 0 ? s.LeftLabels[b0] : None;
        o[n++] = FeatureHash.Mix(85, s0w, s0ll);
        o[n++] = FeatureHash.Mix(86, s0t, s0ll);
        o[n++] = FeatureHash.Mix(87, s0w, s0rl);
        o[n++] = FeatureHash.Mix(88, s0t, s0rl);
        o[n++] = FeatureHash.Mix(89, b0w, b0ll);
        o[n++] = FeatureHash.Mix(90, b0t, b0ll);
        o[n++] = FeatureHash.Mix(91, s1t, s1 >= 0 ? s.RightLabels[s1] : None);

        // The words right before the next word and right after the top of the stack.
        o[n++] = FeatureHash.Mix(92, b0 >= 1 ? T(tags, b0 - 1, count) : None, b0t, s0t);
        o[n++] = FeatureHash.Mix(93, s0 >= 0 && s0 + 1 < count ? T(tags, s0 + 1, count) : None, s0t, b0t);
        o[n++] = FeatureHash.Mix(94, b0 < 0 ? None : (ulong)Math.Min(count - b0, 4), s0t, (ulong)Math.Min(s.Depth, 4));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int[] children, int head, int count) => head >= 0 ? children[head] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(WordFeatures w, int x, int count) => x < 0 ? None : x == count ? Root : w.Lower[x];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ReadOnlySpan<UniversalPos> tags, int x, int count) => x < 0 ? None : x == count ? Root : (ulong)tags[x] + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C(WordFeatures w, int x, int count) => x < 0 ? None : x == count ? Root : (ulong)w.Cluster[x];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(ParserState s, int x) => x < 0 ? None : (ulong)s.Labels[x] + 1;
}
