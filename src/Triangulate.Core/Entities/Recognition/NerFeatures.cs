namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The feature templates of the recogniser: the word and its neighbours (±2), shapes, affixes, the two previous
/// labels, whether the sentence is a headline in capitals, gazetteer membership from the data files, whether the
/// word is usually written lower case, and what the same word was tagged earlier in the document.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound on the number of features of one token.</summary>
    public const int MaxPerToken = 96;

    private const ulong Begin = 0x5EED0001UL;
    private const ulong End = 0x5EED0002UL;

    /// <summary>Upper bound on the number of label-dependent features of one token.</summary>
    public const int MaxDynamicPerToken = 8;

    /// <summary>Writes the features of token <paramref name="i"/> and returns how many.</summary>
    /// <param name="f">The sentence's token forms.</param>
    /// <param name="i">The token.</param>
    /// <param name="previous">The label of token i-1 (O at the start).</param>
    /// <param name="beforePrevious">The label of token i-2.</param>
    /// <param name="history">1 + type index the same word last had in this document, or 0.</param>
    /// <param name="output">At least <see cref="MaxPerToken"/> slots.</param>
    public static int Extract(TokenForms f, int i, byte previous, byte beforePrevious, int history, Span<ulong> output)
    {
        var n = ExtractStatic(f, i, history, output);
        return n + ExtractDynamic(f, i, previous, beforePrevious, output[n..]);
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> that depend on the previous labels (the same for every
    /// path of the beam that shares them) and returns how many.
    /// </summary>
    /// <param name="f">The sentence's token forms.</param>
    /// <param name="i">The token.</param>
    /// <param name="previous">The label of token i-1 (O at the start).</param>
    /// <param name="beforePrevious">The label of token i-2.</param>
    /// <param name="output">At least <see cref="MaxDynamicPerToken"/> slots.</param>
    public static int ExtractDynamic(TokenForms f, int i, byte previous, byte beforePrevious, Span<ulong> output)
    {
        var n = 0;
        var lower0 = f.Lower[i];
        var short0 = f.Short[i];
        output[n++] = FeatureHash.Mix(23, previous);
        output[n++] = FeatureHash.Mix(24, beforePrevious, previous);
        output[n++] = FeatureHash.Mix(25, previous, lower0);
        output[n++] = FeatureHash.Mix(26, previous, short0);
        if (f.AllCapsSentence)
        {
            output[n++] = FeatureHash.Mix(29, previous);
        }

        var cluster0 = f.Cluster[i];
        if (cluster0 > 0)
        {
            output[n++] = FeatureHash.Mix(43, previous, (ulong)(cluster0 >> 16));
        }

        if (f.Names[i] != 0)
        {
            output[n++] = FeatureHash.Mix(47, (ulong)f.Names[i], previous);
        }

        return n;
    }

    /// <summary>Writes the features of token <paramref name="i"/> that do not depend on labels and returns how many.</summary>
    /// <param name="f">The sentence's token forms.</param>
    /// <param name="i">The token.</param>
    /// <param name="history">1 + type index the same word last had in this document, or 0.</param>
    /// <param name="output">At least <see cref="MaxPerToken"/> slots.</param>
    public static int ExtractStatic(TokenForms f, int i, int history, Span<ulong> output)
    {
        var n = 0;
        var lower0 = f.Lower[i];
        var short0 = f.Short[i];
        var lowerM1 = i >= 1 ? f.Lower[i - 1] : Begin;
        var lowerM2 = i >= 2 ? f.Lower[i - 2] : Begin;
        var lowerP1 = i + 1 < f.Count ? f.Lower[i + 1] : End;
        var lowerP2 = i + 2 < f.Count ? f.Lower[i + 2] : End;
        var shortM1 = i >= 1 ? f.Short[i - 1] : Begin;
        var shortP1 = i + 1 < f.Count ? f.Short[i + 1] : End;

        output[n++] = FeatureHash.Mix(1, 0);
        output[n++] = FeatureHash.Mix(2, f.Exact[i]);
        output[n++] = FeatureHash.Mix(3, lower0);
        output[n++] = FeatureHash.Mix(4, lowerM1);
        output[n++] = FeatureHash.Mix(5, lowerP1);
        output[n++] = FeatureHash.Mix(6, lowerM2);
        output[n++] = FeatureHash.Mix(7, lowerP2);
        output[n++] = FeatureHash.Mix(8, f.Shape[i]);
        output[n++] = FeatureHash.Mix(9, short0);
        output[n++] = FeatureHash.Mix(10, shortM1);
        output[n++] = FeatureHash.Mix(11, shortP1);
        output[n++] = FeatureHash.Mix(12, shortM1, short0, shortP1);
        for (var k = 0; k < 8; k++)
        {
            output[n++] = FeatureHash.Mix(13UL + (ulong)k, f.Affix[(i * 8) + k]);
        }

        output[n++] = FeatureHash.Mix(21, lowerM1, lower0);
        output[n++] = FeatureHash.Mix(22, lower0, lowerP1);
        output[n++] = FeatureHash.Mix(27, i == 0 ? 1UL : 0UL, short0);
        if (f.AllCapsSentence)
        {
            output[n++] = FeatureHash.Mix(28, lower0);
        }

        var flags = f.Flags[i] & (TokenForms.CapitalFlag | TokenForms.AllCapsFlag | TokenForms.LowerSeenFlag);
        output[n++] = FeatureHash.Mix(30, (ulong)flags, i == 0 ? 1UL : 0UL);
        n = AddBits(31, f.Gazetteer[i], output, n);
        if (i >= 1)
        {
            n = AddBits(32, f.Gazetteer[i - 1], output, n);
        }

        if (i + 1 < f.Count)
        {
            n = AddBits(33, f.Gazetteer[i + 1], output, n);
        }

        if (history > 0)
        {
            output[n++] = FeatureHash.Mix(34, (ulong)history);
            output[n++] = FeatureHash.Mix(35, (ulong)history, short0);
        }

        var cluster0 = f.Cluster[i];
        if (cluster0 > 0)
        {
            output[n++] = FeatureHash.Mix(38, (ulong)(cluster0 & 0xFFFF));
            output[n++] = FeatureHash.Mix(39, (ulong)(cluster0 >> 16));
        }

        output[n++] = FeatureHash.Mix(40, i >= 1 ? (ulong)(f.Cluster[i - 1] & 0xFFFF) : Begin);
        output[n++] = FeatureHash.Mix(41, i + 1 < f.Count ? (ulong)(f.Cluster[i + 1] & 0xFFFF) : End);
        output[n++] = FeatureHash.Mix(42, i >= 1 ? (ulong)(f.Cluster[i - 1] >> 16) : Begin, (ulong)(cluster0 >> 16), i + 1 < f.Count ? (ulong)(f.Cluster[i + 1] >> 16) : End);
        n = AddBits(44, f.Names[i], output, n);

        output[n++] = FeatureHash.Mix(48, i >= 1 ? f.Exact[i - 1] : Begin);
        output[n++] = FeatureHash.Mix(49, i + 1 < f.Count ? f.Exact[i + 1] : End);
        var capitals = (uint)(((i >= 1 ? f.Flags[i - 1] & 3 : 4) << 6) | ((f.Flags[i] & 3) << 3) | (i + 1 < f.Count ? f.Flags[i + 1] & 3 : 4));
        output[n++] = FeatureHash.Mix(50, capitals);
        output[n++] = FeatureHash.Mix(51, i + 1 < f.Count ? f.Affix[((i + 1) * 8) + 6] : End);
        output[n++] = FeatureHash.Mix(52, i >= 1 ? f.Affix[((i - 1) * 8) + 6] : Begin);
        output[n++] = FeatureHash.Mix(36, lowerM1, short0);
        output[n++] = FeatureHash.Mix(37, short0, lowerP1);
        return n;
    }

    private static int AddBits(ulong template, int bits, Span<ulong> output, int n)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            output[n++] = FeatureHash.Mix(template, (ulong)bit);
            bits &= bits - 1;
        }

        return n;
    }
}
