using Triangulate.Core.Documents;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>When what a claim states happened, apart from when it was reported.</summary>
/// <param name="Event">The time of the event the claim states ("on August 20" in "... reported that an aircraft had
/// delivered the money on August 20"), or null when the claim names none.</param>
/// <param name="Report">For reported speech, the time of the report ("In November" in "In November, Sky News
/// reported that ..."), or null.</param>
public sealed record ClaimTiming(TimeExpression? Event, TimeExpression? Report)
{
    /// <summary>No time at all.</summary>
    public static ClaimTiming None { get; } = new(null, null);
}

/// <summary>
/// Finds the time of a claim's event and the time of its report among the document's <see cref="TimeExpression"/>s.
/// With a syntax layer, a time belongs to the predicate whose clause governs it (as <c>obl</c>, <c>obl:tmod</c>,
/// <c>nmod:tmod</c>, <c>advmod</c>, or inside one of its arguments; an open complement counts as its governor's
/// clause: "plans to deliver on June 3"), never to a predicate of a nested clause of someone else; the report verb's
/// own times are the report's. Without a tree, position decides: a time beside the report verb is the report's, the
/// first other time inside the claim is the event's.
/// </summary>
public static class EventTimes
{
    /// <summary>
    /// The event and report times of the claim on tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>)
    /// of <paramref name="document"/>.
    /// </summary>
    /// <param name="document">An annotated document (tokens, sentences and times; a syntax layer when there is one).</param>
    /// <param name="firstToken">Index of the claim's first token.</param>
    /// <param name="endToken">One past the claim's last token.</param>
    /// <param name="reportVerbToken">The report verb ("said", "reported") for reported speech, or -1.</param>
    /// <param name="tree">The sentence's tree when the caller has it (it is built from the syntax layer otherwise).</param>
    /// <param name="predicateToken">The claim's main predicate when the caller knows it, or -1 to find it.</param>
    public static ClaimTiming For(Document document, int firstToken, int endToken, int reportVerbToken = -1,
        DependencyTree? tree = null, int predicateToken = -1)
    {
        ArgumentNullException.ThrowIfNull(document);
        var times = document.GetOrEmpty<TimeExpression>();
        var tokens = document.GetOrEmpty<Token>();
        if (times.Count == 0 || tokens.Count == 0 || firstToken < 0 || endToken > tokens.Count || firstToken >= endToken)
        {
            return ClaimTiming.None;
        }

        var syntax = document.GetOrEmpty<TokenSyntax>();
        var sentence = tree?.Sentence;
        foreach (var s in sentence is null ? document.GetOrEmpty<Sentence>() : [])
        {
            if (firstToken >= s.FirstToken && firstToken < s.FirstToken + s.TokenCount)
            {
                sentence = s;
                break;
            }
        }

        if (tree is null && sentence is { } found && syntax.Count == tokens.Count)
        {
            tree = new DependencyTree(tokens, syntax, found);
        }

        return tree is not null && tree.Contains(firstToken)
            ? FromTree(tokens, times, tree, firstToken, endToken, reportVerbToken, predicateToken)
            : FromPositions(document.Text, tokens, times, sentence, firstToken, endToken, reportVerbToken);
    }

    private static ClaimTiming FromTree(IReadOnlyList<Token> tokens, IReadOnlyList<TimeExpression> times, DependencyTree tree,
        int first, int end, int reportVerb, int predicate)
    {
        var sentence = tree.Sentence;
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        end = Math.Min(end, sentenceEnd);
        if (predicate < 0)
        {
            predicate = MainPredicate(tree, first, end, reportVerb);
        }

        TimeExpression? eventTime = null;
        TimeExpression? reportTime = null;
        foreach (var (time, tFirst, tEnd) in TimesIn(tokens, times, sentence.FirstToken, sentenceEnd))
        {
            var clause = ClauseOf(tree, tFirst, tEnd);
            if (clause < 0)
            {
                continue;
            }

            if (reportVerb >= 0 && reportTime is null && Governs(tree, reportVerb, clause))
            {
                reportTime = time;
            }
            else if (predicate >= 0 && predicate != reportVerb && eventTime is null && Governs(tree, predicate, clause))
            {
                eventTime = time;
            }
        }

        return new ClaimTiming(eventTime, reportTime);
    }

    /// <summary>
    /// The claim's main predicate: the highest verb of the span (the highest token when there is no verb);
    /// when that is the report verb, its clausal complement.
    /// </summary>
    private static int MainPredicate(DependencyTree tree, int first, int end, int reportVerb)
    {
        var best = -1;
        var bestDepth = int.MaxValue;
        for (var t = first; t < end; t++)
        {
            if (tree[t].Pos is UniversalPos.PUNCT)
            {
                continue;
            }

            // A verb before any nominal: a noun at the top of a misparsed sentence is rarely what it states.
            var depth = Depth(tree, t) + (tree[t].Pos.IsVerbal() ? 0 : 1000);
            if (depth < bestDepth)
            {
                (best, bestDepth) = (t, depth);
            }
        }

        if (best >= 0 && best == reportVerb && tree.Complement(best) is var complement and >= 0)
        {
            return complement;
        }

        return best;
    }

    private static int Depth(DependencyTree tree, int t)
    {
        var depth = 0;
        for (var x = tree[t].Head; x >= 0 && depth < 64; x = tree[x].Head)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>The clause the time expression on [<paramref name="first"/>, <paramref name="end"/>) is attached to, or -1.</summary>
    private static int ClauseOf(DependencyTree tree, int first, int end)
    {
        var head = -1;
        for (var t = first; t < end; t++)
        {
            if (tree[t].Head < first || tree[t].Head >= end)
            {
                head = t;
            }
        }

        if (head < 0 || tree[head].Head < 0)
        {
            return -1;
        }

        // The time's own token may carry a clause relation in a misparse ("Friday" as advcl): start from its governor.
        var clause = tree.ClauseHead(head);
        return clause == head ? tree.ClauseHead(tree[head].Head) : clause;
    }

    /// <summary>
    /// Whether <paramref name="predicate"/> is the clause <paramref name="clause"/>, or governs it through open
    /// complements and coordinated predicates ("planned to deliver on June 3", "met and signed on Friday").
    /// </summary>
    private static bool Governs(DependencyTree tree, int predicate, int clause)
    {
        for (var x = clause; x >= 0; x = tree[x].Head)
        {
            if (x == predicate)
            {
                return true;
            }

            if (!(tree[x].Is("xcomp") || tree[x].Is("conj")))
            {
                return false;
            }
        }

        return false;
    }

    private static ClaimTiming FromPositions(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TimeExpression> times, Sentence? sentence,
        int first, int end, int reportVerb)
    {
        var (lo, hi) = sentence is { } s ? (s.FirstToken, s.FirstToken + s.TokenCount) : (first, end);
        if (reportVerb < lo || reportVerb >= hi)
        {
            var inside = TimesIn(tokens, times, first, Math.Min(end, hi)).Select(t => t.Time).FirstOrDefault();
            return new ClaimTiming(inside, null);
        }

        // The content lies on the side of the report verb where most of the claim is: "X reported that [content]" or
        // "[content], X said". The report's times are on the other side, the event's inside the content.
        var contentAfter = end - (reportVerb + 1) >= reportVerb - first;
        TimeExpression? eventTime = null;
        TimeExpression? reportTime = null;
        foreach (var (time, tFirst, tEnd) in TimesIn(tokens, times, lo, hi))
        {
            var reportSide = contentAfter ? tEnd <= reportVerb || RightAfter(text, tokens, reportVerb, tFirst) : tFirst > reportVerb;
            if (reportSide)
            {
                reportTime ??= time;
            }
            else if (tFirst >= first && tEnd <= end)
            {
                eventTime ??= time;
            }
        }

        return new ClaimTiming(eventTime, reportTime);
    }

    /// <summary>"said Monday", "said on Monday that": a time right after the report verb, before its content, is the report's.</summary>
    private static bool RightAfter(string text, IReadOnlyList<Token> tokens, int reportVerb, int t)
    {
        for (var k = reportVerb + 1; k < t; k++)
        {
            if (!TokenText.EqualsAny(text.AsSpan(tokens[k].Start, tokens[k].Length), "on", "in", "at", "late", "early", "last", "this"))
            {
                return false;
            }
        }

        return t > reportVerb && t - reportVerb <= 3;
    }

    /// <summary>The dates and times inside tokens [<paramref name="lo"/>, <paramref name="hi"/>), with their token ranges.</summary>
    private static IEnumerable<(TimeExpression Time, int First, int End)> TimesIn(IReadOnlyList<Token> tokens, IReadOnlyList<TimeExpression> times, int lo, int hi)
    {
        if (lo >= hi)
        {
            yield break;
        }

        var (start, stop) = (tokens[lo].Start, tokens[hi - 1].End);
        foreach (var time in times)
        {
            // A length of time or a recurrence places nothing on the calendar.
            if (time.Start < start || time.End > stop || time.Type is TimeTypes.Duration or TimeTypes.Set)
            {
                continue;
            }

            var f = TokenText.IndexAtOrAfter(tokens, time.Start);
            var e = f;
            while (e < tokens.Count && tokens[e].Start < time.End)
            {
                e++;
            }

            yield return (time, f, e);
        }
    }
}
