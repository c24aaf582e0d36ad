using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Coreference;

/// <summary>
/// The features of the mention-ranking model, hashed to 64 bits: for a mention and a candidate antecedent, string
/// and head match, containment, distance, agreement in number, gender, animacy and person, grammatical roles,
/// apposition, the pronoun's form against the antecedent's kind and type, a description's head against the
/// antecedent's type; for a mention alone (the score of starting a new entity), its kind, determiner, head, type,
/// role and whether its head or words were seen before.
/// </summary>
internal static class CorefFeatures
{
    /// <summary>Mentions further back than this are candidates only by head or string match.</summary>
    public const int MentionWindow = 60;

    /// <summary>Pronouns look back at most this many sentences.</summary>
    public const int PronounSentenceWindow = 4;

    /// <summary>The features of linking <paramref name="j"/> to <paramref name="i"/>.</summary>
    public static void Pair(CorefMention i, CorefMention j, List<ulong> into)
    {
        into.Clear();
        ulong kj = (ulong)j.Kind, ki = (ulong)i.Kind, kk = (kj * 3) + ki;
        var sentences = Bucket(j.Sentence - i.Sentence, 0, 1, 2, 3, 6, 10);
        var distance = Bucket(j.Index - i.Index, 1, 2, 3, 6, 10, 20);
        var exact = i.WordsHash == j.WordsHash ? 1UL : 0UL;
        var head = i.HeadHash == j.HeadHash ? 1UL : 0UL;
        var inside = Contains(i.Words, j.Words) ? 1UL : 0UL;
        var holds = Contains(j.Words, i.Words) ? 1UL : 0UL;
        var number = Agree((int)i.Number, (int)j.Number);
        var gender = Agree((int)i.Gender, (int)j.Gender);
        var animacy = Agree((int)i.Animacy, (int)j.Animacy);
        var jType = j.TypeHash;
        var iType = i.TypeHash;
        var jForm = j.Kind == MentionKind.Pronoun ? j.FirstWordHash : j.HeadHash;
        var iForm = i.Kind == MentionKind.Pronoun ? i.FirstWordHash : ki;

        into.Add(FeatureHash.Mix(1, kk));
        into.Add(FeatureHash.Mix(2, kk, sentences));
        into.Add(FeatureHash.Mix(3, kj, distance));
        into.Add(FeatureHash.Mix(4, kk, exact, head));
        into.Add(FeatureHash.Mix(5, kk, inside, holds));
        into.Add(FeatureHash.Mix(6, kj, head, j.Determiner));
        into.Add(FeatureHash.Mix(7, kk, number));
        into.Add(FeatureHash.Mix(8, kk, gender));
        into.Add(FeatureHash.Mix(9, kk, animacy));
        into.Add(FeatureHash.Mix(10, kk, (number * 9) + (gender * 3) + animacy));
        into.Add(FeatureHash.Mix(11, kj, i.RoleHash, j.RoleHash));
        into.Add(FeatureHash.Mix(12, kk, iType, jType));
        into.Add(FeatureHash.Mix(13, kj, exact, sentences));
        into.Add(FeatureHash.Mix(14, kj, head, sentences));
        if (j.Role == "appos" && j.Governor == i.Head)
        {
            into.Add(FeatureHash.Mix(15, kk));
        }

        if (i.Governor == j.Governor && i.Sentence == j.Sentence)
        {
            into.Add(FeatureHash.Mix(16, kj, jForm, i.RoleHash));
        }

        if (j.Kind == MentionKind.Pronoun)
        {
            into.Add(FeatureHash.Mix(20, jForm, iForm));
            into.Add(FeatureHash.Mix(21, jForm, iType, Math.Min(2UL, (ulong)(j.Sentence - i.Sentence))));
            into.Add(FeatureHash.Mix(22, jForm, i.RoleHash, Math.Min(2UL, (ulong)(j.Sentence - i.Sentence))));
            into.Add(FeatureHash.Mix(23, jForm, distance));
            into.Add(FeatureHash.Mix(24, j.Person, i.Kind == MentionKind.Pronoun ? i.Person : 3UL, kk));
        }
        else
        {
            into.Add(FeatureHash.Mix(30, kj, j.HeadHash, iType));
            into.Add(FeatureHash.Mix(31, kk, j.Determiner, exact + (2 * head)));
            if (i.Kind != MentionKind.Pronoun)
            {
                into.Add(FeatureHash.Mix(32, j.HeadHash, i.HeadHash));
            }

            if (i.NameType is not null && i.NameType == j.NameType)
            {
                into.Add(FeatureHash.Mix(33, kk, head, inside + (2 * holds)));
            }
        }
    }

    /// <summary>The features of <paramref name="j"/> starting an entity of its own.</summary>
    public static void New(CorefMention j, bool headSeen, bool wordsSeen, List<ulong> into)
    {
        into.Clear();
        ulong kj = (ulong)j.Kind;
        var form = j.Kind == MentionKind.Pronoun ? j.FirstWordHash : j.HeadHash;
        into.Add(FeatureHash.Mix(100, kj));
        into.Add(FeatureHash.Mix(101, kj, j.Determiner));
        into.Add(FeatureHash.Mix(102, kj, form));
        into.Add(FeatureHash.Mix(103, kj, j.TypeHash));
        into.Add(FeatureHash.Mix(104, kj, headSeen ? 1UL : 0UL, wordsSeen ? 1UL : 0UL));
        into.Add(FeatureHash.Mix(105, kj, j.RoleHash, j.Kind == MentionKind.Pronoun ? form : 0UL));
        into.Add(FeatureHash.Mix(106, kj, Bucket(j.Words.Length, 1, 2, 3, 5, 8, 12)));
        into.Add(FeatureHash.Mix(107, kj, j.Sentence == 0 ? 1UL : 0UL, j.Determiner));
        into.Add(FeatureHash.Mix(108, kj, (ulong)j.Number, (ulong)j.Animacy));
    }

    private static ulong Hash(string? s) => s is null ? 0UL : FeatureHash.Of(s, lower: false, foldDigits: false);

    private static ulong Agree(int a, int b) => a == 0 || b == 0 ? 0UL : a == b ? 1UL : 2UL;

    private static ulong Bucket(int value, params ReadOnlySpan<int> bounds)
    {
        for (var b = 0; b < bounds.Length; b++)
        {
            if (value <= bounds[b])
            {
                return (ulong)b;
            }
        }

        return (ulong)bounds.Length;
    }

    // Whether every word of the shorter list is in the longer one.
    private static bool Contains(string[] longer, string[] shorter)
    {
        if (shorter.Length == 0 || shorter.Length > longer.Length)
        {
            return false;
        }

        foreach (var w in shorter)
        {
            if (Array.IndexOf(longer, w) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
