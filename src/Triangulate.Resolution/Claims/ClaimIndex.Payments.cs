using System.Text.RegularExpressions;
using Triangulate.Core.Data;
using Triangulate.Core.Quantities;

namespace Triangulate.Resolution.Claims;

/// <summary>
/// Payments: two reports naming the same parties and a payment, with sums of one currency that cannot be the same
/// value, contradict each other even when the rest of their wording differs ("a deposit of $15 million was
/// wired to X" against "Y paid X $22 million as the deposit").
/// </summary>
internal sealed partial class ClaimIndex
{
    private static readonly Lazy<(HashSet<string> Words, HashSet<string> Other, HashSet<string> After)> PaymentLexicon = new(LoadPaymentWords);

    private IReadOnlyList<ResolvedEntity> _snapshotEntities = [];

    private IReadOnlyDictionary<int, int> _snapshotNodeEntity = new Dictionary<int, int>();

    private static (HashSet<string> Words, HashSet<string> Other, HashSet<string> After) LoadPaymentWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadLines("resolution-payment-words.txt"))
        {
            var target = line[0] switch { '-' => other, '+' => after, _ => words };
            foreach (var w in line.TrimStart('-', '+').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                target.Add(w.ToLowerInvariant());
            }
        }

        return (words, other, after);
    }

    /// <summary>The claim reports a payment other than those reported before (found when it was added).</summary>
    private static bool IsAnotherPayment(ClaimRecord c) => c.AnotherPayment;

    /// <summary>The claim reports a payment other than those reported before: "a second transfer", "$5 million more".</summary>
    private static bool MarksAnotherPayment(ClaimRecord c, string text)
    {
        var (_, other, after) = PaymentLexicon.Value;
        if (WordPattern.Matches(c.Claim.Text).Any(m => other.Contains(m.Value.ToLowerInvariant())))
        {
            return true;
        }

        foreach (var q in c.Quantities.Where(IsMoney))
        {
            var next = WordPattern.Match(text, q.End);
            if (next.Success && next.Index - q.End <= 2 && after.Contains(next.Value.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The payment words of a claim (as five-letter stems), or null when it marks another payment ("a second transfer").</summary>
    private static HashSet<string>? PaymentStems(ClaimRecord c)
    {
        if (IsAnotherPayment(c))
        {
            return null;
        }

        var words = PaymentLexicon.Value.Words;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordPattern.Matches(c.Claim.Text))
        {
            var token = m.Value.ToLowerInvariant();
            if (words.Contains(token))
            {
                stems.Add(token.Length > 5 ? token[..5] : token);
            }
        }

        return stems;
    }

    /// <summary>A sum of money: an amount whose unit is an ISO currency code.</summary>
    private string EntityLabel(int id) =>
        id >= 0 && id < _snapshotEntities.Count ? _snapshotEntities[id].Name : _entities.Node(-1 - id).Canonical;

    private static bool IsMoney(Quantity q) => q.Unit is { Length: 3 } u && u.All(char.IsAsciiLetterUpper);

    private Contradiction? PaymentContradiction(ClaimRecord a, ClaimRecord b, HashSet<int>[] entitySets, HashSet<int>[] participants, List<ClaimTime>[] times, ClaimSimilarity sim)
    {
        // A payment is one proposition only between claims that say much the same otherwise and name no party the
        // other does not ("$15 billion" for an order and "$199 million" of aid both name one maker: two payments).
        if (a.Document.Id == b.Document.Id || a.Polarity != 1 || b.Polarity != 1 || sim.Words < MinAmountWords
            || DifferentParticipants(a, b, participants))
        {
            return null;
        }

        var moneyA = a.Quantities.Where(IsMoney).ToList();
        var moneyB = b.Quantities.Where(IsMoney).ToList();
        if (moneyA.Count == 0 || moneyB.Count == 0)
        {
            return null;
        }

        // The same parties: most of the smaller claim's entities are named by the other too.
        var ea = entitySets[a.Index];
        var eb = entitySets[b.Index];
        var shared = ea.Count(eb.Contains);
        if (shared == 0 || shared < 0.5 * Math.Min(ea.Count, eb.Count))
        {
            return null;
        }

        var pa = PaymentStems(a);
        var pb = PaymentStems(b);
        if (pa is null || pb is null || pa.Count == 0 || pb.Count == 0)
        {
            return null;
        }

        // On disjoint dates two payments may be instalments: the same payment word ("advance") must name both.
        var disjointDates = times[a.Index].Any(x => times[b.Index].Any(x.DisjointFrom));
        if (disjointDates && !pa.Overlaps(pb))
        {
            return null;
        }

        foreach (var qa in moneyA)
        {
            var comparable = moneyB.Where(qb => qb.Unit == qa.Unit).ToList();
            if (comparable.Count == 0 || moneyA.Any(x => moneyB.Any(y => x.Unit == y.Unit && ClaimSimilarity.Compatible(x, y))))
            {
                continue;
            }

            var qb = comparable[0];
            var dates = disjointDates ? ", on different dates too" : string.Empty;
            return new Contradiction(a.Id, b.Id, "quantity",
                $"different sums for the same payment: {Describe(qa)} in {Dated(a)} against {Describe(qb)} in {Dated(b)}" +
                $" (both name {string.Join(", ", ea.Where(eb.Contains).Take(3).Select(EntityLabel))} and a payment{dates})");
        }

        return null;
    }
}
