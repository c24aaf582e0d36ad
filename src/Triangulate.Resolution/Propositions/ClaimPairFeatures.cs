using Triangulate.Resolution.Claims;

namespace Triangulate.Resolution.Propositions;

/// <summary>
/// The features of a pair of claims the pair model weighs: does the event word agree (lemma, class), do the
/// participants agree role by role through resolved entities (or their descriptors), do the amounts measure the
/// same thing, are the times compatible, and how many rare content words they share.
/// </summary>
internal sealed class ClaimPairFeatures
{
    /// <summary>The features' names, in the order of <see cref="Of"/>: the model file lists its weights by these names.</summary>
    public static readonly string[] Names =
    [
        "same-predicate", "same-class", "no-proposition", "agent-match", "agent-clash", "theme-match", "theme-clash",
        "recipient-match", "cross-role", "entity-jaccard", "idf-words", "idf-event-words", "same-measure-same-value",
        "same-number-other-measure", "same-measure-other-value", "same-time", "same-day", "time-clash", "same-polarity",
        "same-modality", "class-and-argument", "class-and-words", "predicate-in-other", "no-shared-entity",
        "related-predicate",
    ];

    /// <summary>
    /// Event words that tell one happening from either side or in other words (<c>resolution-event-synonyms.txt</c>:
    /// "bought" and "supplied"), by their first five letters: a wider relation than a predicate class.
    /// </summary>
    private static readonly Lazy<Dictionary<string, int>> RelatedGroups = new(() =>
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = Core.Data.DataFile.ReadLines("resolution-event-synonyms.txt");
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var w in lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                groups.TryAdd(Stem(w.ToLowerInvariant()), i);
            }
        }

        return groups;
    });

    private readonly Func<int, int> _entityOf;
    private readonly HashSet<int>[] _entitySets;
    private readonly List<ClaimTime>[] _times;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;

    /// <summary>Features over claims whose entity sets, times and word counts are given (by claim index).</summary>
    /// <param name="entityOf">The entity of a mention node (a negative number for a node of no entity).</param>
    /// <param name="entitySets">Each claim's entities.</param>
    /// <param name="times">Each claim's times, anchors resolved.</param>
    /// <param name="claims">Every claim of the case, for the words' document frequencies.</param>
    public ClaimPairFeatures(Func<int, int> entityOf, HashSet<int>[] entitySets, List<ClaimTime>[] times, IReadOnlyCollection<ClaimRecord> claims)
    {
        _entityOf = entityOf;
        _entitySets = entitySets;
        _times = times;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            foreach (var w in c.Words)
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        // Smoothed inverse claim frequency: a word every claim of the case uses says little about which proposition.
        var n = claims.Count + 1.0;
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(n / (kv.Value + 0.5)), StringComparer.Ordinal);
        _unseenIdf = Math.Log(n / 0.5);
    }

    /// <summary>The feature vector of a pair (values in [0, 1]).</summary>
    public double[] Of(ClaimRecord a, ClaimRecord b)
    {
        var f = new double[Names.Length];
        var pa = a.Proposition;
        var pb = b.Proposition;
        var ea = _entitySets[a.Index];
        var eb = _entitySets[b.Index];
        var shared = ea.Count(eb.Contains);
        f[9] = ea.Count == 0 || eb.Count == 0 ? 0 : (double)shared / (ea.Count + eb.Count - shared);
        f[23] = ea.Count > 0 && eb.Count > 0 && shared == 0 ? 1 : 0;
        f[10] = Cosine(a.Words, b.Words);
        f[11] = Cosine(a.EventWords, b.EventWords);
        if (pa is null || pb is null)
        {
            f[2] = 1;
        }
        else
        {
            f[0] = pa.Predicate == pb.Predicate ? 1 : 0;
            f[1] = pa.PredicateClass == pb.PredicateClass ? 1 : 0;
            var (agentMatch, agentClash) = Agreement(pa, pb, Core.Propositions.PropositionRoles.Agent);
            var (themeMatch, themeClash) = Agreement(pa, pb, Core.Propositions.PropositionRoles.Theme);
            var (recipientMatch, _) = Agreement(pa, pb, Core.Propositions.PropositionRoles.Recipient);
            f[3] = agentMatch;
            f[4] = agentClash;
            f[5] = themeMatch;
            f[6] = themeClash;
            f[7] = recipientMatch;
            f[8] = CrossRole(pa, pb);
            Measures(pa, pb, f);
            f[20] = f[1] * Math.Max(Math.Max(agentMatch, themeMatch), Math.Max(recipientMatch, f[8]));
            f[21] = f[1] * f[10];
            f[22] = b.Words.Contains(Stem(pa.Predicate)) || a.Words.Contains(Stem(pb.Predicate)) ? 1 : 0;
            f[24] = f[1] == 0 && RelatedGroups.Value.TryGetValue(Stem(pa.Predicate), out var ga)
                && RelatedGroups.Value.TryGetValue(Stem(pb.Predicate), out var gb) && ga == gb ? 1 : 0;
        }

        var ta = _times[a.Index].Where(t => t.Value is not null && t.Direction is null && t.IsDated).ToList();
        var tb = _times[b.Index].Where(t => t.Value is not null && t.Direction is null && t.IsDated).ToList();
        var same = ta.FirstOrDefault(x => tb.Any(y => y.Value == x.Value));
        f[15] = same is not null ? 1 : 0;
        f[16] = same?.Lo is { } lo && lo == same.Hi ? 1 : 0;
        f[17] = ta.Count > 0 && tb.Count > 0 && !ta.Any(x => tb.Any(y => x.Lo <= y.Hi && y.Lo <= x.Hi)) ? 1 : 0;
        f[18] = a.Polarity == b.Polarity ? 1 : 0;
        f[19] = a.Claim.Modality == b.Claim.Modality ? 1 : 0;
        return f;
    }

    /// <summary>
    /// Whether the pair has evidence beyond a shared number: rare words in common, or the same class of event with a
    /// participant, some rare words or the same measured amount in common, or a participant with some rare words.
    /// Without it no score links them (a "55%" of two unrelated stories is not a proposition).
    /// </summary>
    public static bool HasSubstance(double[] f)
    {
        // One class of event word alone is not enough either: "shelled" and "attacked" of two reports may be two
        // attacks; with a participant or some rare words in common they are one.
        var participant = f[3] > 0 || f[5] > 0 || f[7] > 0 || f[8] > 0;
        var eventWord = f[1] > 0 || f[24] > 0;
        return f[10] >= 0.25 || (eventWord && (participant || f[10] >= 0.05 || f[12] > 0 || f[15] > 0)) || (participant && f[10] >= 0.1);
    }

    /// <summary>The measured word without its modifiers ("loss" of "annual loss"): the period tells years apart, not the wording.</summary>
    private static string HeadOf(string measures) => measures[(measures.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The same sum of money paid for one thing: an equal amount with a currency whose measured words are one class or
    /// tell one exchange ("delivered EUR 140 million", "purchased ... for 140 million euros"). The training data has
    /// almost no such sums, so the model cannot weigh them; a reader takes them for one payment.
    /// </summary>
    public static bool SamePayment(ClaimRecord a, ClaimRecord b)
    {
        if (a.Proposition is not { } pa || b.Proposition is not { } pb)
        {
            return false;
        }

        foreach (var x in pa.Measures)
        {
            foreach (var y in pb.Measures)
            {
                if (x.Amount.Unit is { Length: 3 } unit && unit == y.Amount.Unit && x.Amount.Value == y.Amount.Value
                    && x.Amount.Value >= 1000 && Related(HeadOf(x.Measures), HeadOf(y.Measures)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Related(string x, string y) =>
        x.Length > 0 && (x == y || (RelatedGroups.Value.TryGetValue(Stem(x), out var gx) && RelatedGroups.Value.TryGetValue(Stem(y), out var gy) && gx == gy));

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private double Cosine(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        foreach (var w in a)
        {
            var x = _idf.GetValueOrDefault(w, _unseenIdf);
            na += x * x;
            if (b.Contains(w))
            {
                dot += x * x;
            }
        }

        foreach (var w in b)
        {
            var x = _idf.GetValueOrDefault(w, _unseenIdf);
            nb += x * x;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Match (1: a shared entity, 0.5: the same descriptor when neither names one) and clash (1: both name entities, none shared; 0.5: two descriptors of different heads) of one role.</summary>
    private (double Match, double Clash) Agreement(ClaimProposition a, ClaimProposition b, string role)
    {
        var x = a.Arguments.FirstOrDefault(r => r.Role == role);
        var y = b.Arguments.FirstOrDefault(r => r.Role == role);
        if (x.Role is null || y.Role is null)
        {
            return (0, 0);
        }

        var ex = x.Nodes.Select(_entityOf).ToHashSet();
        var ey = y.Nodes.Select(_entityOf).ToHashSet();
        if (ex.Count > 0 && ey.Count > 0)
        {
            return ex.Overlaps(ey) ? (1, 0) : (0, 1);
        }

        // Two descriptors: the same head agrees a little; different heads clash a little ("delivered EUR 140 million"
        // and "delivered drones" are two deliveries), as a synonym ("the plane", "the aircraft") may differ too.
        return ex.Count > 0 || ey.Count > 0 || x.Head.Length <= 2 || y.Head.Length <= 2 ? (0, 0)
            : x.Head == y.Head ? (0.5, 0) : (0, 0.5);
    }

    /// <summary>An entity one claim has in one role the other has in another ("X sold to Y", "Y bought from X").</summary>
    private double CrossRole(ClaimProposition a, ClaimProposition b)
    {
        foreach (var x in a.Arguments)
        {
            foreach (var y in b.Arguments)
            {
                if (x.Role != y.Role && x.Nodes.Length > 0 && y.Nodes.Length > 0
                    && x.Nodes.Select(_entityOf).Intersect(y.Nodes.Select(_entityOf)).Any())
                {
                    return 1;
                }
            }
        }

        return 0;
    }

    /// <summary>Amount features: same measured thing with compatible values, an equal number of another thing, the same thing with other values.</summary>
    private static void Measures(ClaimProposition a, ClaimProposition b, double[] f)
    {
        foreach (var x in a.Measures)
        {
            foreach (var y in b.Measures)
            {
                if (x.Amount.Unit != y.Amount.Unit)
                {
                    continue;
                }

                var sameThing = x.Measures.Length > 0 && HeadOf(x.Measures) == HeadOf(y.Measures);
                var compatible = ClaimSimilarity.Compatible(x.Amount, y.Amount);
                if (sameThing && compatible)
                {
                    f[12] = 1;
                }
                else if (sameThing)
                {
                    f[14] = 1;
                }
                else if (x.Amount.Value == y.Amount.Value)
                {
                    f[13] = 1;
                }
            }
        }
    }
}
