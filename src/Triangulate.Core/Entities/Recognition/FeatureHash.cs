using System.Runtime.CompilerServices;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// 64-bit hashing of token forms and feature templates, so features never become strings: a feature is the hash of
/// its template id and the hashes of the forms it looks at. Collisions at 64 bits are negligible for a model of a
/// few hundred thousand features.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters, optionally lower-cased and with digits folded to '0'.</summary>
    public static ulong Of(ReadOnlySpan<char> s, bool lower, bool foldDigits)
    {
        var h = Offset;
        foreach (var ch in s)
        {
            var c = ch;
            if (lower)
            {
                c = char.ToLowerInvariant(c);
            }

            if (foldDigits && char.IsAsciiDigit(c))
            {
                c = '0';
            }

            h = (h ^ c) * Prime;
        }

        return Finish(h ^ (ulong)s.Length);
    }

    // The mixers are inlined: they run tens of times a token in the recogniser, the tagger, the parser and the
    // coreference model, and as calls (which the JIT declined to inline into those large methods) they were a tenth
    // of the whole pipeline's time.

    /// <summary>Combines a template id with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong value) => Finish((template * 0x9E3779B97F4A7C15UL) ^ value);

    /// <summary>Combines a template id with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a, ulong b) => Mix(Mix(template, a), b);

    /// <summary>Combines a template id with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(template, a), b), c);

    // SplitMix64 finaliser; the result is never 0, which the weight table uses as "empty".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z == 0 ? 1 : z;
    }
}
