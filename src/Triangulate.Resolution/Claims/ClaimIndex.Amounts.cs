using System.Globalization;
using Triangulate.Core.Claims;

namespace Triangulate.Resolution.Claims;

/// <summary>
/// Amounts that disagree: a contradiction when two reports give different values of one measure of one thing at one
/// time ("up to 840 people in all-economy class" against "up to 800 passengers in a single-class economy
/// configuration"); an update when the measure is one that changes and the reports are of different dates ("a total
/// of 237 orders" in April 2005, "the total to 677 orders" in July 2007).
/// </summary>
internal sealed partial class ClaimIndex
{
    /// <summary>Agreement of the narrowing words two amounts need to be one measure (<see cref="AmountFrame.Alignment"/>).</summary>
    private const double MinAlignment = 0.3;

    /// <summary>The agreement needed for sums and shares, and for amounts of claims worded apart.</summary>
    private const double NarrowedAlignment = 0.5;

    /// <summary>Days within which a time relative to its report ("today", "on Monday") is that report's news.</summary>
    private const int NearReportDays = 7;

    /// <summary>
    /// The first measure the two claims give different values of, as a contradiction, or as an update when it changes
    /// over time and the reports are of different dates. <paramref name="narrowedOnly"/>: the claims are worded apart,
    /// so only amounts narrowed by words on both sides, which agree at least half, are compared. <paramref name="close"/>:
    /// the claims are worded nearly alike (an update needs that, or amounts narrowed alike).
    /// </summary>
    private Contradiction? AmountConflict(ClaimRecord a, ClaimRecord b, List<ClaimTime> ta, List<ClaimTime> tb, List<Update> updates, bool narrowedOnly,
        HashSet<int>[] participants, bool close = false)
    {
        // An amount is of something named: a claim naming nothing ("It will seat 200 to 300 people") may be about
        // anything, and two claims about one measure name a party in common.
        if (!participants[a.Index].Overlaps(participants[b.Index]))
        {
            return null;
        }

        if (ta.Any(x => x.Lo is not null && x.Hi is not null && tb.Any(y => y.Lo is not null && y.Hi is not null && x.DisjointFrom(y))))
        {
            return null; // different dates: different events, whose amounts may differ
        }

        // "A second transfer", "$7 million more": another payment, whose sum differs from the first by right.
        var anotherPayment = IsAnotherPayment(a) || IsAnotherPayment(b);
        foreach (var fa in a.Amounts.Where(f => !(anotherPayment && f.IsUnit)))
        {
            // Claims worded apart compare only amounts that both narrow by words of their own.
            var same = b.Amounts.Where(fb => fb.Thing == fa.Thing && fb.Quantity.Unit == fa.Quantity.Unit && !fa.OtherKind(fb)
                && (!narrowedOnly || (fa.Modifiers.Count > 0 && fb.Modifiers.Count > 0))).ToList();
            if (same.Count == 0)
            {
                continue;
            }

            // The other claim's amount of the same thing narrowed the same way ("in economy class", not "in three
            // classes"); if any so aligned agrees, the claims agree on this measure.
            var best = same.Max(fb => fa.Alignment(fb));
            var needed = narrowedOnly || fa.IsUnit ? NarrowedAlignment : MinAlignment;
            if (best < needed || same.Any(fb => fa.Alignment(fb) >= best - 1e-9 && fa.Agrees(fb)))
            {
                continue;
            }

            var fbest = same.First(fb => fa.Alignment(fb) >= best - 1e-9);
            // Only bounded times say when: "since April 1997" is open and meets every later day.
            var sameTime = ta.Any(x => x.Lo is not null && x.Hi is not null && tb.Any(y => y.Lo is not null && y.Hi is not null && x.Overlaps(y)));
            // Reports of unknown date may be of different days: only a known same day, or a time both give, is one time.
            var sameDay = a.Document.Published is not null && a.Document.Published == b.Document.Published;
            var datesDiffer = !sameDay;
            if (datesDiffer && !sameTime && (fa.Move || fbest.Move))
            {
                continue; // a day's move and another day's move: two happenings
            }

            if (datesDiffer && !sameTime && (fa.Changing || fbest.Changing))
            {
                // A changing value from a report of unknown date is neither a dispute nor an ordered change; one
                // recorded as a change must be of the same thing, told alike or narrowed alike.
                if (a.Document.Published is null || b.Document.Published is null || !(close || (best >= NarrowedAlignment && fa.Modifiers.Count > 0)))
                {
                    continue;
                }

                var (earlier, later, from, to) = a.PublishedOrder.CompareTo(b.PublishedOrder) <= 0 ? (a, b, fa, fbest) : (b, a, fbest, fa);
                updates.Add(new Update(earlier.Id, later.Id, "quantity", Measure(from), from.Quantity.Text, to.Quantity.Text,
                    later.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Who(later)));
                return null;
            }

            return new Contradiction(a.Id, b.Id, "quantity",
                $"different values of {Measure(fa)}: {Describe(fa.Quantity)} in {Dated(a)} against {Describe(fbest.Quantity)} in {Dated(b)}");
        }

        return null;
    }

    /// <summary>What an amount measures, in words: its counted thing and the words that narrow it.</summary>
    private static string Measure(AmountFrame f)
    {
        var thing = f.Thing.StartsWith("unit:", StringComparison.Ordinal) ? f.Thing[5..] : f.Quantity.Counted ?? f.Thing;
        return f.Narrowing.Length == 0 ? $"\"{thing}\"" : $"\"{thing}\" ({f.Narrowing})";
    }

    /// <summary>The report's name with its date: where a value was given, and when.</summary>
    private static string Dated(ClaimRecord c) =>
        c.Document.Published is { } d ? $"{c.Document.Name} ({d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : c.Document.Name;

    /// <summary>
    /// Each names a participant the other does not name nor is said by: two propositions about different parties
    /// ("China agreed to buy 60" and "Aeroflot negotiates 22"). Who says a claim takes part in it when its content
    /// leaves them unnamed ("Moscow denies buying drones from Iran": Moscow is the buyer).
    /// </summary>
    private bool DifferentParticipants(ClaimRecord a, ClaimRecord b, HashSet<int>[] participants)
    {
        var pa = participants[a.Index];
        var pb = participants[b.Index];
        var oa = OriginEntity(a);
        var ob = OriginEntity(b);
        return pa.Any(x => x != ob && !pb.Contains(x)) && pb.Any(x => x != oa && !pa.Contains(x));
    }

    private int? OriginEntity(ClaimRecord c) =>
        c.OriginNode >= 0 ? _snapshotNodeEntity.GetValueOrDefault(c.OriginNode, -1 - c.OriginNode) : null;

    /// <summary>A plan or a forecast: a schedule that later reports may move.</summary>
    private static bool IsSchedule(ClaimRecord c) =>
        c.Claim.Modality is Modalities.Plan or Modalities.Expectation;

    /// <summary>The time lies within a week of the claim's own report: the report's news, told relative to it.</summary>
    private static bool NearReport(ClaimRecord c, ClaimTime t) =>
        c.Document.Published is { } published && t.Lo is { } lo && t.Hi is { } hi
        && hi.DayNumber >= published.DayNumber - NearReportDays && lo.DayNumber <= published.DayNumber + NearReportDays;

    private bool SameOrigin(ClaimRecord a, ClaimRecord b) => OriginKey(a) == OriginKey(b);

    private string OriginKey(ClaimRecord c) => c.OriginNode >= 0 ? "e" + _snapshotNodeEntity.GetValueOrDefault(c.OriginNode, -1 - c.OriginNode) : "s:" + c.OriginName;

    /// <summary>
    /// One contradiction per disagreement between two origins: the pairs found are grouped by kind and by the two
    /// origins, and within that by the claims they share (one denial set against three assertions is one
    /// disagreement; two reports of one outlet differing on a capacity and on a delay are two). Each side lists every
    /// claim of its origin in the group; the first pair's explanation stands for it.
    /// </summary>
    private List<Contradiction> GroupByOrigins(List<(Contradiction Pair, ClaimRecord A, ClaimRecord B)> pairs)
    {
        // Union-find over the pairs: two pairs of one bucket join when they share a claim.
        var parent = Enumerable.Range(0, pairs.Count).ToArray();
        var bucketOf = new string[pairs.Count];
        var holder = new Dictionary<(string Bucket, string Claim), int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pair, a, b) = pairs[i];
            var ka = OriginKey(a);
            var kb = OriginKey(b);
            bucketOf[i] = string.CompareOrdinal(ka, kb) <= 0 ? $"{pair.Kind}\u0001{ka}\u0001{kb}" : $"{pair.Kind}\u0001{kb}\u0001{ka}";
            foreach (var id in new[] { a.Id, b.Id })
            {
                if (holder.TryGetValue((bucketOf[i], id), out var other))
                {
                    Union(parent, other, i);
                }
                else
                {
                    holder[(bucketOf[i], id)] = i;
                }
            }
        }

        var groups = new Dictionary<int, (Contradiction First, List<string> A, List<string> B, string KeyA)>();
        var order = new List<int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pair, a, b) = pairs[i];
            var root = Find(parent, i);
            var ka = OriginKey(a);
            var kb = OriginKey(b);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = (pair, [], [], ka);
                order.Add(root);
            }

            // Each claim goes to its origin's side; when both sides share one origin, to the side it held in its pair.
            var (toA, toB) = ka == kb || ka == group.KeyA ? (pair.ClaimA, pair.ClaimB) : (pair.ClaimB, pair.ClaimA);
            if (!group.A.Contains(toA) && !group.B.Contains(toA))
            {
                group.A.Add(toA);
            }

            if (!group.A.Contains(toB) && !group.B.Contains(toB))
            {
                group.B.Add(toB);
            }
        }

        return order.Select(k => groups[k]).Select(g =>
        {
            var more = g.A.Count + g.B.Count - 2;
            var explanation = more > 0 ? $"{g.First.Explanation} (and {more} more claim{(more == 1 ? string.Empty : "s")} of the same two origins)" : g.First.Explanation;
            return g.First with { Explanation = explanation, SideA = g.A, SideB = g.B };
        }).ToList();
    }
}
