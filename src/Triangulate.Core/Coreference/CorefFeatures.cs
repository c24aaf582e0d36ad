using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Coreference;

/// <summary>
/// The features of the mention-ranking model, hashed to 64 bits: for a mention and a candidate antecedent, string
/// and head match, containment, distance, agreement in number, gender, animacy and person, grammatical roles,
/// apposition, the pronoun's form against the antecedent's kind and type, a description's head against the
/// antecedent's type; for a mention alone (the score of starting a new entity), its kind, determiner, head, type,
/// role and whether its head or words were seen before.
/// </summary>
internal static partial class CorefFeatures
{
    /// <summary>Mentions further back than this are candidates only by head or string match.</summary>
    public const int MentionWindow = 60;

    /// <summary>Pronouns look back at most this many sentences.</summary>
    public const int PronounSentenceWindow = 4;

    /// <summary>The features of linking <paramref name="j"/> to <paramref name="i"/>.</summary>
    public static void Pair(CorefMention i, CorefMention j, List<ulong> into)
    {
        into.Clear();
        var sink = new ListSink(into);
        Pair(i, j, ref sink);
    }

    /// <summary>The features of <paramref name="j"/> starting an entity of its own.</summary>
    public static void New(CorefMention j, bool headSeen, bool wordsSeen, List<ulong> into)
    {
        into.Clear();
        var sink = new ListSink(into);
        New(j, headSeen, wordsSeen, ref sink);
    }

    /// <summary>
    /// The features of linking <paramref name="j"/> to <paramref name="i"/>, each handed to <paramref name="into"/>
    /// in a fixed order (a scoring sink sums their weights in that order, so a score is bit for bit the sum over the
    /// list the trainer sees).
    /// </summary>
    public static void Pair<TSink>(CorefMention i, CorefMention j, ref TSink into)
        where TSink : struct, IFeatureSink
    {
        ulong kj = (ulong)j.Kind, ki = (ulong)i.Kind, kk = (kj * 3) + ki;
        var sentences = Bucket(j.Sentence - i.Sentence, 0, 1, 2, 3, 6, 10);
        var distance = Bucket(j.Index - i.Index, 1, 2, 3, 6, 10, 20);
        var exact = i.WordsHash == j.WordsHash ? 1UL : 0UL;
        var head = i.HeadHash == j.HeadHash ? 1UL : 0UL;
        var inside = Contains(i, j) ? 1UL : 0UL;
        var holds = Contains(j, i) ? 1UL : 0UL;
        var number = Agree((int)i.Number, (int)j.Number);
        var gender = Agree((int)i.Gender, (int)j.Gender);
        var animacy = Agree((int)i.Animacy, (int)j.Animacy);
        var jType = j.TypeHash;
        var iType = i.TypeHash;
        var jForm = j.Kind == MentionKind.Pronoun ? j.FirstWordHash : j.HeadHash;
        var iForm = i.Kind == MentionKind.Pronoun ? i.FirstWordHash : ki;

        // The same hashes as FeatureHash.Mix(template, values...) gives, those of small values read from tables
        // (CorefFeatures.Tables.cs) and the others continued from a table's prefix: Mix(t, a, b) is Mix(Mix(t, a), b).
        int k = (int)kk, kjI = (int)kj, sent = (int)sentences, dist = (int)distance, ex = (int)exact, hd = (int)head;
        into.Add(T1[k]);
        into.Add(T2[(k * 7) + sent]);
        into.Add(T3[(kjI * 7) + dist]);
        into.Add(T4[(k * 4) + (ex * 2) + hd]);
        into.Add(T5[(k * 4) + ((int)inside * 2) + (int)holds]);
        into.Add(j.Determiner < Determiners ? T6[(kjI * 2 * Determiners) + (hd * Determiners) + j.Determiner] : FeatureHash.Mix(6, kj, head, j.Determiner));
        into.Add(T7[(k * 3) + (int)number]);
        into.Add(T8[(k * 3) + (int)gender]);
        into.Add(T9[(k * 3) + (int)animacy]);
        into.Add(T10[(k * 27) + (int)((number * 9) + (gender * 3) + animacy)]);
        var asAntecedent = i.AntecedentPrefixes ??= AntecedentPrefixesOf(i);
        into.Add(FeatureHash.Mix(asAntecedent[kjI], j.RoleHash));
        into.Add(FeatureHash.Mix(asAntecedent[3 + kjI], jType));
        into.Add(T13[(kjI * 14) + (ex * 7) + sent]);
        into.Add(T14[(kjI * 14) + (hd * 7) + sent]);
        if (j.Role == "appos" && j.Governor == i.Head)
        {
            into.Add(T15[k]);
        }

        if (i.Governor == j.Governor && i.Sentence == j.Sentence)
        {
            into.Add(FeatureHash.Mix(j.Prefix16 ??= FeatureHash.Mix(T16[kjI], jForm), i.RoleHash));
        }

        if (j.Kind == MentionKind.Pronoun)
        {
            var p = j.PronounPrefixes ??= PronounPrefixesOf(jForm);
            var near = Math.Min(2UL, (ulong)(j.Sentence - i.Sentence));
            into.Add(FeatureHash.Mix(p.F20, iForm));
            into.Add(FeatureHash.Mix(FeatureHash.Mix(p.F21, iType), near));
            into.Add(FeatureHash.Mix(FeatureHash.Mix(p.F22, i.RoleHash), near));
            into.Add(FeatureHash.Mix(p.F23, distance));
            var iPerson = i.Kind == MentionKind.Pronoun ? i.Person : 3;
            into.Add(j.Person < Persons && iPerson < Persons
                ? T24[(((j.Person * Persons) + iPerson) * 9) + k]
                : FeatureHash.Mix(24, j.Person, (ulong)iPerson, kk));
        }
        else
        {
            into.Add(FeatureHash.Mix(j.Prefix30 ??= FeatureHash.Mix(T30[kjI], j.HeadHash), iType));
            into.Add(j.Determiner < Determiners ? T31[(((k * Determiners) + j.Determiner) * 4) + ex + (2 * hd)] : FeatureHash.Mix(31, kk, j.Determiner, exact + (2 * head)));
            if (i.Kind != MentionKind.Pronoun)
            {
                into.Add(FeatureHash.Mix(j.HeadPrefix32 ??= FeatureHash.Mix(32, j.HeadHash), i.HeadHash));
            }

            if (i.NameType is not null && i.NameType == j.NameType)
            {
                into.Add(T33[(k * 8) + (hd * 4) + (int)(inside + (2 * holds))]);
            }
        }
    }

    /// <summary>The features of <paramref name="j"/> starting an entity of its own, handed to <paramref name="into"/> in order.</summary>
    public static void New<TSink>(CorefMention j, bool headSeen, bool wordsSeen, ref TSink into)
        where TSink : struct, IFeatureSink
    {
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

    // Whether every word of the shorter mention is in the longer one. A word of the shorter whose bit is missing from
    // the longer's mask of words is missing from its words: most pairs are settled by that, without comparing strings.
    private static bool Contains(CorefMention longerMention, CorefMention shorterMention)
    {
        string[] longer = longerMention.Words, shorter = shorterMention.Words;
        if (shorter.Length == 0 || shorter.Length > longer.Length || (shorterMention.WordMask & ~longerMention.WordMask) != 0)
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

    /// <summary>Receives the features of one choice, one at a time.</summary>
    internal interface IFeatureSink
    {
        /// <summary>Takes one feature.</summary>
        void Add(ulong feature);
    }

    /// <summary>Collects the features in a list (training).</summary>
    internal readonly struct ListSink(List<ulong> list) : IFeatureSink
    {
        /// <inheritdoc />
        public void Add(ulong feature) => list.Add(feature);
    }

    /// <summary>Sums the features' weights in the order they come: the score without a list of features.</summary>
    internal struct ScoreSink(float[] weights) : IFeatureSink
    {
        /// <summary>The sum so far.</summary>
        public float Sum;

        /// <inheritdoc />
        public void Add(ulong feature) => Sum += weights[(int)(feature & CorefModel.Mask)];
    }
}
