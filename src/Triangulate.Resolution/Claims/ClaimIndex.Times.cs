using System.Text.RegularExpressions;
using Triangulate.Core.Times;

namespace Triangulate.Resolution.Claims;

/// <summary>The times a claim gives: its own (calendar values and relative anchors) and its sentence's.</summary>
internal sealed partial class ClaimIndex
{
    /// <summary>Calendar dates of the sentence around a claim but outside it ("On May 5, X admitted that ..."): when it was said.</summary>
    private static List<ClaimTime> SentenceTimesOf(AnnotatedDocument document, Core.Claims.Claim claim)
    {
        var text = document.Text;
        var start = claim.Start;
        while (start > 0 && claim.Start - start < 400 && !(text[start - 1] == '\n' || (start > 1 && ".!?".Contains(text[start - 2]) && text[start - 1] == ' ')))
        {
            start--;
        }

        var end = claim.End;
        while (end < text.Length && end - claim.End < 400 && text[end] != '\n' && !(".!?".Contains(text[end]) && (end + 1 == text.Length || text[end + 1] is ' ' or '\n')))
        {
            end++;
        }

        var times = new List<ClaimTime>();
        foreach (var t in document.Times)
        {
            if (t.Start >= start && t.End <= end && (t.End <= claim.Start || t.Start >= claim.End) && t.Direction is null
                && t.Type is not (TimeTypes.Duration or TimeTypes.Set) && ClaimTime.TryParse(t.Value, out var lo, out var hi))
            {
                times.Add(new ClaimTime(t.Text, t.Value, t.Precision, lo, hi, null, null));
            }
        }

        return times;
    }

    private List<ClaimTime> TimesOf(AnnotatedDocument document, Core.Claims.Claim claim)
    {
        var times = new List<ClaimTime>();
        foreach (var t in document.Times)
        {
            if (t.Start < claim.Start || t.End > claim.End || t.Type is TimeTypes.Duration or TimeTypes.Set)
            {
                continue;
            }

            var before = document.Text[Math.Max(claim.Start, t.Start - 16)..t.Start];
            var direction = t.Direction ?? (BeforeCue.IsMatch(before) ? "before" : AfterCue.IsMatch(before) ? "after" : null);
            // "not due until October": it happens in October, not before it.
            if (t.Direction is null && direction == "before"
                && NotUntilRegex().IsMatch(document.Text.AsSpan(Math.Max(claim.Start, t.Start - 48), t.Start - Math.Max(claim.Start, t.Start - 48))))
            {
                direction = null;
            }

            if (ClaimTime.TryParse(t.Value, out var lo, out var hi))
            {
                // "since March" and "until May" take in the month they name; "after March" and "before May" do not.
                var inclusive = t.Direction is null && InclusiveCue.IsMatch(before);
                times.Add(direction switch
                {
                    "before" => new ClaimTime(t.Text, t.Value, t.Precision, null, inclusive ? hi : lo.AddDays(-1), null, direction),
                    "after" => new ClaimTime(t.Text, t.Value, t.Precision, inclusive ? lo : hi.AddDays(1), null, null, direction),
                    _ => new ClaimTime(t.Text, t.Value, t.Precision, lo, hi, null, null),
                });
            }
            else if (t.Anchor is not null && direction is "before" or "after")
            {
                times.Add(new ClaimTime(t.Text, null, TimePrecisions.None, null, null, AnchorKey(t.Anchor), direction));
            }
        }

        // Relative phrases the time stage gave no value ("after the start of the war"), read from the claim itself.
        foreach (var cue in _data.RelativeTimeCues)
        {
            foreach (Match match in cue.Matches(claim.Text))
            {
                var start = claim.Start + match.Index;
                if (document.Times.Any(t => t.Start < start + match.Length && start < t.End && t.Anchor is not null))
                {
                    continue;
                }

                var dir = match.Groups["dir"].Value.ToLowerInvariant();
                var direction = dir is "after" or "since" or "following" || dir.StartsWith("later", StringComparison.Ordinal) ? "after" : "before";
                times.Add(new ClaimTime(match.Value, null, TimePrecisions.None, null, null, AnchorKey(match.Groups["anchor"].Value), direction));
            }
        }

        return times;
    }

    [GeneratedRegex(@"\b(not|never)\b[^.;]{0,40}\b(until|till)\s*$|n't\b[^.;]{0,40}\b(until|till)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotUntilRegex();

    private string? AnchorKey(string anchor)
    {
        var stems = Stems(anchor);
        return stems.Count == 0 ? null : string.Join(' ', stems.Order(StringComparer.Ordinal));
    }
}
