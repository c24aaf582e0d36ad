using System.Globalization;
using Triangulate.Core.Claims;
using Triangulate.Core.Quantities;

namespace Triangulate.Resolution.Claims;

/// <summary>Contradictions: a denial against an admission, incompatible times, amounts that differ beyond their qualifiers.</summary>
internal sealed partial class ClaimIndex
{
    private const int AnchorSearchLimit = 400;

    /// <summary>Each claim's times, with "before X"/"after X" placed when X has a date somewhere in the case.</summary>
    private List<ClaimTime>[] ResolveAnchors()
    {
        var cache = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var result = new List<ClaimTime>[_claims.Count];
        Dictionary<string, List<int>>? claimsByWord = null;
        foreach (var c in _claims)
        {
            result[c.Index] = c.Times.Select(t =>
            {
                if (t.IsDated || t.AnchorKey is null)
                {
                    return t;
                }

                if (!cache.TryGetValue(t.AnchorKey, out var date))
                {
                    cache[t.AnchorKey] = date = AnchorDate(t.AnchorKey, claimsByWord ??= ClaimsByWord());
                }

                return date is not { } d ? t
                    : t.Direction == "before" ? t with { Hi = d.AddDays(-1), Value = null }
                    : t with { Lo = d.AddDays(1), Value = null };
            }).ToList();
        }

        return result;
    }

    /// <summary>The date of an event named by <paramref name="anchorKey"/>: a claim holding all its words and one plain date.</summary>
    private DateOnly? AnchorDate(string anchorKey, Dictionary<string, List<int>> claimsByWord)
    {
        var stems = anchorKey.Split(' ');
        var smallest = stems.Select(s => claimsByWord.GetValueOrDefault(s)).MinBy(b => b?.Count ?? 0);
        if (smallest is null || smallest.Count == 0)
        {
            return null;
        }

        DateOnly? best = null;
        foreach (var index in smallest.Take(AnchorSearchLimit))
        {
            var c = _claims[index];
            var plain = c.Times.Where(t => t.Direction is null && t.Lo is not null && t.Lo == t.Hi).ToList();
            if (plain.Count == 1 && stems.All(c.Words.Contains) && (best is null || plain[0].Lo < best))
            {
                best = plain[0].Lo;
            }
        }

        return best;
    }

    /// <summary>The claims holding each word stem, in case order: where an anchor's event is looked for.</summary>
    private Dictionary<string, List<int>> ClaimsByWord()
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var c in _claims)
        {
            foreach (var word in c.Words)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                list.Add(c.Index);
            }
        }

        return byWord;
    }

    private Contradiction? FindContradiction(ClaimRecord a, ClaimRecord b, ClaimSimilarity sim, List<ClaimTime>[] times,
        HashSet<int>[] subjects, HashSet<int>[] participants, List<Update> updates)
    {
        // One source does not contradict itself: a report's author telling "Japan enters recession" and "Japan has not
        // been in recession since 2001" tells two times. Within a report, only different sources conflict.
        // Nor does a claim conflict with the sentence around it that reports it ("But Mr Pande said that ...").
        if (a.Document.Id == b.Document.Id && (SameOrigin(a, b) || Contains(a.Claim, b.Claim) || Contains(b.Claim, a.Claim)))
        {
            return null;
        }

        // Two claims about different participants are two propositions: each names someone the other does not
        // ("China agreed to buy 60 aircraft" and "Aeroflot negotiates the purchase of 22").
        if (DifferentParticipants(a, b, participants))
        {
            return null;
        }

        // "There is no foreign money in this project" against another report's admission that foreign money was used:
        // a negated statement denies what an admission grants, even when its source did not use a verb of denial.
        if (a.Document.Id != b.Document.Id && sim.Words >= 0.2
            && ((a.Claim.Stance == Stances.Admit && Negates(b, a)) || (b.Claim.Stance == Stances.Admit && Negates(a, b))))
        {
            return new Contradiction(a.Id, b.Id, "polarity",
                $"{Who(a)} {(a.Claim.Stance == Stances.Admit ? "admits" : "says the opposite of")} (\"{Squash(a.Claim.Text, 120)}\") what {Who(b)} {(b.Claim.Stance == Stances.Admit ? "admits" : "says the opposite of")} (\"{Squash(b.Claim.Text, 120)}\")");
        }

        // Dates and amounts conflict only between claims about a common named thing (in the claim or its source):
        // "146,000 jobs" and "90 jobs" in two stories about different employers are two facts, not one disputed.
        var common = a.Polarity != 0 && b.Polarity != 0 && subjects[a.Index].Overlaps(subjects[b.Index]);
        var related = sim.Words >= 0.25 || (sim.Entities >= 0.5 && sim.Words >= 0.15);
        if (!related)
        {
            // Claims worded apart may still give one measure of one thing: "carry up to 840 people in all-economy
            // class" in a long sentence about a ceremony, "up to 800 passengers in a single-class economy
            // configuration" in one about versions. Their amounts' own narrowing words must then agree.
            return common && a.Document.Id != b.Document.Id ? AmountConflict(a, b, times[a.Index], times[b.Index], updates, narrowedOnly: true, participants) : null;
        }

        // A denial conflicts with an admission of the same thing; against a plain assertion the wording must be closer,
        // since a report's narrative repeats the denied subject in many sentences that do not state it.
        var admission = a.Claim.Stance == Stances.Admit || b.Claim.Stance == Stances.Admit;
        if (a.Polarity * b.Polarity == -1 && sim.Words >= (admission ? 0.2 : 0.35) && TellsWhatIsDenied(a, b)
            && subjects[a.Index].Overlaps(subjects[b.Index]))
        {
            return new Contradiction(a.Id, b.Id, "polarity",
                $"{Who(a)} {Verb(a)} (\"{Squash(a.Claim.Text, 120)}\") what {Who(b)} {Verb(b)} (\"{Squash(b.Claim.Text, 120)}\")");
        }

        if (!common)
        {
            return null;
        }

        // A claim about the anchor event itself ("the blockade started on ...") is not in conflict with "before the blockade".
        var ta = times[a.Index].Where(t => !IsAbout(b, t)).ToList();
        var tb = times[b.Index].Where(t => !IsAbout(a, t)).ToList();
        if (a.Polarity == b.Polarity && sim.Words >= MinEventWords && TimeConflict(a, b, ta, tb, updates) is { } timeConflict)
        {
            return timeConflict;
        }

        if (ta.Any(x => tb.Any(x.DisjointFrom)))
        {
            return null; // different dates: different events, whose amounts may differ
        }

        if (a.Document.Id == b.Document.Id)
        {
            return null; // one report giving two amounts of one measure tells two things (last year's and this year's)
        }

        return AmountConflict(a, b, ta, tb, updates, narrowedOnly: sim.Words < MinAmountWords, participants, close: sim.Words >= MinEventWords);
    }

    /// <summary>
    /// Two claims of one happening at times that cannot both hold. When the reports are of different dates and either
    /// claim tells a plan or a forecast ("expected in August", "due in May 2008"), or gives a time only relative to its
    /// own report ("today", "on Monday"), the later report tells a changed schedule or another day: an update or
    /// nothing, never a contradiction.
    /// </summary>
    private Contradiction? TimeConflict(ClaimRecord a, ClaimRecord b, List<ClaimTime> ta, List<ClaimTime> tb, List<Update> updates)
    {
        // Reports on one story share their names ("the fund", "the port"): dates conflict only when the claims also
        // tell the same happening in other words ("visited" on one date is not "paid" on another).
        var disjoint = ta.SelectMany(x => tb.Where(x.DisjointFrom).Select(y => (x, y))).FirstOrDefault();
        // "A second transfer ... on March 14" is another happening than the first transfer, whatever its date.
        if (disjoint.x is null || ta.Any(x => tb.Any(x.Overlaps)) || Dice(a.EventWords, b.EventWords) < MinEventWords
            || IsAnotherPayment(a) || IsAnotherPayment(b))
        {
            return null;
        }

        var (earlier, later) = a.PublishedOrder.CompareTo(b.PublishedOrder) <= 0 ? (a, b) : (b, a);
        if (a.Document.Published != b.Document.Published && a.Document.Published is not null && b.Document.Published is not null)
        {
            if (IsSchedule(a) || IsSchedule(b))
            {
                var (from, to) = earlier == a ? (disjoint.x, disjoint.y) : (disjoint.y, disjoint.x);
                updates.Add(new Update(earlier.Id, later.Id, "time", "the date of: " + Squash(earlier.Claim.Text, 80), from.Text, to.Text,
                    later.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Who(later)));
                return null;
            }

            if (NearReport(a, disjoint.x) || NearReport(b, disjoint.y))
            {
                return null; // "today" in two reports of different days: two days' happenings
            }
        }

        return new Contradiction(a.Id, b.Id, "time",
            $"the same event at incompatible times: {disjoint.x.Describe()} in {Dated(a)} against {disjoint.y.Describe()} in {Dated(b)}");
    }

    private const double MinEventWords = 0.35;

    private static bool Contains(Claim outer, Claim inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>Content-word overlap two claims need before their amounts are compared.</summary>
    private const double MinAmountWords = 0.2;

    /// <summary>Share of the denial's event words the other claim must tell (in its own or equivalent words).</summary>
    private const double MinDeniedCovered = 0.6;

    private static readonly Lazy<Dictionary<string, string>> EventSynonyms = new(LoadEventSynonyms);

    private static readonly Lazy<HashSet<string>> AccusationWords = new(() =>
        Core.Data.DataFile.ReadLines("resolution-accusation-words.txt").Select(w => AmountFrame.Stem(w.Trim())).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// (With a shared entity among what the two claims name or who says them, checked by the caller.)
    /// The claim that is not the denial tells the happening the denial is about: most of the denial's event words
    /// (what happened, names, dates and amounts left out) are among its own, up to the equivalences of
    /// <c>resolution-event-synonyms.txt</c> ("buying" against "supplied"). Sharing a name and one noun is not enough.
    /// </summary>
    private static bool TellsWhatIsDenied(ClaimRecord a, ClaimRecord b)
    {
        var (denial, other) = a.Polarity < 0 ? (a, b) : (b, a);
        if (other.Words.Overlaps(AccusationWords.Value))
        {
            return false; // "is on trial for fraud" reports the charge the denial disputes, not the deed
        }

        var denied = Canonical(denial.EventWords);
        if (denied.Count == 0)
        {
            return false;
        }

        var told = Canonical(other.EventWords);
        return denied.Count(told.Contains) >= Math.Max(1, MinDeniedCovered * denied.Count);
    }

    private static HashSet<string> Canonical(HashSet<string> stems)
    {
        var map = EventSynonyms.Value;
        return stems.Select(s => map.GetValueOrDefault(s, s)).ToHashSet(StringComparer.Ordinal);
    }

    private static Dictionary<string, string> LoadEventSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Core.Data.DataFile.ReadLines("resolution-event-synonyms.txt"))
        {
            var stems = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant()).Select(w => w.Length > 5 ? w[..5] : w).ToList();
            foreach (var stem in stems)
            {
                map.TryAdd(stem, "=" + stems[0]);
            }
        }

        return map;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase) { "no", "not", "never", "n't", "nothing", "none" };

    /// <summary>
    /// <paramref name="c"/> asserts that what <paramref name="admission"/> grants is not so: a negator right before a
    /// word of the admission ("There is no foreign money" against "foreign money was used"), not a negation of
    /// something else in the same sentence ("had no military plans").
    /// </summary>
    private bool Negates(ClaimRecord c, ClaimRecord admission)
    {
        if (c.Claim.Stance != Stances.Assert || c.IsQuestion)
        {
            return false;
        }

        var words = WordPattern.Matches(c.Claim.Text).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Negators.Contains(words[i]) && !words[i].EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 2; j++)
            {
                var stems = Stems(words[j]);
                if (stems.Count > 0 && stems.All(admission.Words.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAbout(ClaimRecord claim, ClaimTime time) =>
        time.AnchorKey is not null && time.AnchorKey.Split(' ').All(claim.PlainWords.Contains);

    private static string Describe(Quantity q)
    {
        var qualifier = q.Qualifier switch
        {
            QuantityQualifiers.AtLeast => "at least ",
            QuantityQualifiers.AtMost => "at most ",
            QuantityQualifiers.Approx => "about ",
            _ => string.Empty,
        };
        var value = q.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return $"\"{q.Text}\" ({qualifier}{value}{(q.Unit is null ? string.Empty : " " + q.Unit)})";
    }

    private static string Who(ClaimRecord c)
    {
        if (c.Claim.SourceChain.Count == 0)
        {
            // The author's own voice: the outlet when the document names one.
            return c.Document.Source is { } outlet ? $"{outlet} ({c.Document.Name})" : $"the author of {c.Document.Name}";
        }

        var source = c.Claim.SourceChain[^1].Resolved ?? CleanSourcePhrase(c.Claim.SourceChain[^1].Text);
        return $"{source} ({c.Document.Name})";
    }
}
