using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Coreference;

/// <summary>
/// The pair features' hashes of small values, computed once: a document of a few hundred mentions scores tens of
/// thousands of pairs, and hashing each feature anew was most of the model's time. Every entry is exactly
/// <see cref="FeatureHash.Mix(ulong, ulong)"/> of the same template and values, so the features, and the scores,
/// are the same as when each was hashed in place.
/// </summary>
internal static partial class CorefFeatures
{
    // Kinds (3), kind pairs (9), sentence and distance buckets (7), agreement (3), determiners (6), persons (4).
    private const int Determiners = 6;
    private const int Persons = 4;

    private static readonly ulong[] T1 = Table(9, k => FeatureHash.Mix(1, k));
    private static readonly ulong[] T2 = Table(9 * 7, x => FeatureHash.Mix(2, x / 7, x % 7));
    private static readonly ulong[] T3 = Table(3 * 7, x => FeatureHash.Mix(3, x / 7, x % 7));
    private static readonly ulong[] T4 = Table(9 * 4, x => FeatureHash.Mix(4, x / 4, (x / 2) % 2, x % 2));
    private static readonly ulong[] T5 = Table(9 * 4, x => FeatureHash.Mix(5, x / 4, (x / 2) % 2, x % 2));
    private static readonly ulong[] T6 = Table(3 * 2 * Determiners, x => FeatureHash.Mix(6, x / (2 * Determiners), (x / Determiners) % 2, x % Determiners));
    private static readonly ulong[] T7 = Table(9 * 3, x => FeatureHash.Mix(7, x / 3, x % 3));
    private static readonly ulong[] T8 = Table(9 * 3, x => FeatureHash.Mix(8, x / 3, x % 3));
    private static readonly ulong[] T9 = Table(9 * 3, x => FeatureHash.Mix(9, x / 3, x % 3));
    private static readonly ulong[] T10 = Table(9 * 27, x => FeatureHash.Mix(10, x / 27, x % 27));
    private static readonly ulong[] T11 = Table(3, k => FeatureHash.Mix(11, k));
    private static readonly ulong[] T12 = Table(9, k => FeatureHash.Mix(12, k));
    private static readonly ulong[] T13 = Table(3 * 14, x => FeatureHash.Mix(13, x / 14, (x / 7) % 2, x % 7));
    private static readonly ulong[] T14 = Table(3 * 14, x => FeatureHash.Mix(14, x / 14, (x / 7) % 2, x % 7));
    private static readonly ulong[] T15 = Table(9, k => FeatureHash.Mix(15, k));
    private static readonly ulong[] T16 = Table(3, k => FeatureHash.Mix(16, k));
    private static readonly ulong[] T24 = Table(Persons * Persons * 9, x => FeatureHash.Mix(24, x / (Persons * 9), (x / 9) % Persons, x % 9));
    private static readonly ulong[] T30 = Table(3, k => FeatureHash.Mix(30, k));
    private static readonly ulong[] T31 = Table(9 * Determiners * 4, x => FeatureHash.Mix(31, x / (Determiners * 4), (x / 4) % Determiners, x % 4));
    private static readonly ulong[] T33 = Table(9 * 2 * 4, x => FeatureHash.Mix(33, x / 8, (x / 4) % 2, x % 4));

    /// <summary>The prefixes of a pronoun's own features (templates 20-23 begin with its form), computed once per pronoun.</summary>
    internal sealed record PronounPrefixes(ulong F20, ulong F21, ulong F22, ulong F23);

    private static PronounPrefixes PronounPrefixesOf(ulong form) =>
        new(FeatureHash.Mix(20, form), FeatureHash.Mix(21, form), FeatureHash.Mix(22, form), FeatureHash.Mix(23, form));

    /// <summary>
    /// The prefixes of the features that begin with what a candidate antecedent is, for each kind of mention that may
    /// take it: template 11 with its role (0-2, by the later mention's kind), template 12 with its type (3-5).
    /// </summary>
    private static ulong[] AntecedentPrefixesOf(CorefMention i)
    {
        var prefixes = new ulong[6];
        for (var kj = 0; kj < 3; kj++)
        {
            prefixes[kj] = FeatureHash.Mix(T11[kj], i.RoleHash);
            prefixes[3 + kj] = FeatureHash.Mix(T12[(kj * 3) + (int)i.Kind], i.TypeHash);
        }

        return prefixes;
    }

    private static ulong[] Table(int size, Func<ulong, ulong> hash)
    {
        var table = new ulong[size];
        for (var x = 0; x < size; x++)
        {
            table[x] = hash((ulong)x);
        }

        return table;
    }
}
