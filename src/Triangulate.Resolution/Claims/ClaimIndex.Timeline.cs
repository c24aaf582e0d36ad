using Triangulate.Core.Times;

namespace Triangulate.Resolution.Claims;

/// <summary>The timeline: dated claims grouped by when; undated ones placed by their cluster or a dated anchor.</summary>
internal sealed partial class ClaimIndex
{
    private static readonly string[] PrecisionOrder =
        [TimePrecisions.Decade, TimePrecisions.Year, TimePrecisions.Quarter, TimePrecisions.Month, TimePrecisions.Week, TimePrecisions.Day, TimePrecisions.Time, "relative"];

    private List<TimelineEntry> BuildTimeline(int[] parent, List<ClaimTime>[] times)
    {
        var entries = new Dictionary<(string When, string Precision), (DateOnly Sort, List<ClaimRecord> Claims)>();
        var clusterEntries = new Dictionary<int, HashSet<(string, string)>>();
        foreach (var c in _claims)
        {
            var own = times[c.Index];
            foreach (var t in own.Any(t => t.IsDated) ? own : c.SentenceTimes)
            {
                (string When, string Precision, DateOnly Sort)? key = t switch
                {
                    { Direction: null, Value: not null, Lo: { } lo } => (t.Value, t.Precision, lo),
                    { Direction: "before", Lo: null, Hi: { } hi } => ($"before {hi.AddDays(1):yyyy-MM-dd}", "relative", hi),
                    { Direction: "after", Hi: null, Lo: { } lo } => ($"after {lo.AddDays(-1):yyyy-MM-dd}", "relative", lo),
                    _ => null,
                };
                if (key is not { } k)
                {
                    continue;
                }

                Place(entries, (k.When, k.Precision), k.Sort, c);
                var root = Find(parent, c.Index);
                if (!clusterEntries.TryGetValue(root, out var set))
                {
                    clusterEntries[root] = set = [];
                }

                set.Add((k.When, k.Precision));
            }
        }

        // A claim without a date of its own joins the entries its cluster is dated at.
        foreach (var c in _claims)
        {
            if (times[c.Index].Any(t => t.IsDated) || c.SentenceTimes.Count > 0 || !clusterEntries.TryGetValue(Find(parent, c.Index), out var set))
            {
                continue;
            }

            foreach (var key in set)
            {
                Place(entries, key, entries[key].Sort, c);
            }
        }

        return entries
            .OrderBy(e => e.Value.Sort)
            .ThenBy(e => Array.IndexOf(PrecisionOrder, e.Key.Precision))
            .ThenBy(e => e.Key.When, StringComparer.Ordinal)
            .Select(e =>
            {
                var claims = e.Value.Claims.OrderBy(c => c.Index).ToList();
                var first = SummaryClaim(claims, e.Key.When, times);
                return new TimelineEntry(
                    e.Key.When,
                    e.Key.Precision,
                    claims.Select(c => c.Id).ToList(),
                    claims.Select(c => c.Document.Id).Distinct(StringComparer.Ordinal).ToList(),
                    Squash(first.Claim.Text));
            })
            .ToList();
    }

    /// <summary>
    /// The claim an entry is summarised by: one that holds the entry's time itself (not only its sentence or its
    /// cluster), then a statement before a question, then the one with the most content words (a claim that is only a source phrase says little), then
    /// the earliest published.
    /// </summary>
    private static ClaimRecord SummaryClaim(List<ClaimRecord> claims, string when, List<ClaimTime>[] times)
    {
        const int EnoughWords = 12;
        return claims
            .OrderByDescending(c => times[c.Index].Any(t => t.Value == when || (t.Value is null && when.StartsWith(t.Direction ?? "\0", StringComparison.Ordinal))))
            .ThenBy(c => c.IsQuestion)
            .ThenByDescending(c => Math.Min(EnoughWords, c.PlainWords.Count))
            .ThenBy(c => c.PublishedOrder)
            .First();
    }

    private static void Place(
        Dictionary<(string, string), (DateOnly Sort, List<ClaimRecord> Claims)> entries, (string, string) key, DateOnly sort, ClaimRecord claim)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            entries[key] = entry = (sort, []);
        }

        if (!entry.Claims.Contains(claim))
        {
            entry.Claims.Add(claim);
        }
    }
}
