using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// The dependency tree's reading of an attribution and its sentence. The content is the cue verb's clausal complement
/// (or, for "CONTENT, X said", the clause the cue is attached to), the source the verb's own subject or the "by" agent
/// of a passive. The tree only corrects the token patterns where the two agree on an anchor, because a greedy parse
/// misattaches coordinations and relative clauses often enough to do harm on its own: it extends a content that starts
/// where the patterns' starts, and trims a source that shares its start or end. It also splits off the author's main
/// clause from a report inside a subordinate clause ("Shares fell after the firm said ...").
/// </summary>
internal sealed partial class ClaimScanner
{
    private static readonly HashSet<string> ComplementRelations = new(["ccomp", "parataxis"], StringComparer.Ordinal);

    private const int MaxTreeSourceTokens = 16;

    private DependencyTree? _tree;

    /// <summary>The tree over a (merged) sentence, or null when the document has no syntax layer.</summary>
    private DependencyTree? TreeOf(Sentence sentence)
    {
        if (_syntax is null)
        {
            return null;
        }

        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            // A piece of a sentence (the rest of a dash line) has arcs leaving it: no tree of its own.
            if (_syntax[t].Head >= end || (_syntax[t].Head >= 0 && _syntax[t].Head < sentence.FirstToken))
            {
                return null;
            }
        }

        return new DependencyTree(_tokens, _syntax, sentence);
    }

    /// <summary>The token of a cue phrase that the rest of the sentence attaches to (its head inside the phrase).</summary>
    private int CueHead(CueHit cue)
    {
        for (var t = cue.Start; t < cue.End; t++)
        {
            var head = _syntax![t].Head;
            if (head < cue.Start || head >= cue.End)
            {
                return t;
            }
        }

        return cue.Start;
    }

    private void RefineFromTree(Attribution attribution)
    {
        if (_tree is null || attribution.Cue.Entry.Kind is not (CueKind.Verb or CueKind.Attitude))
        {
            return;
        }

        var tree = _tree;
        var verb = CueHead(attribution.Cue);
        if (!tree.Contains(verb))
        {
            return;
        }

        // The tree corrects where the patterns stopped too early ("... on Sunday | in order to ..."): a content that
        // starts where the patterns' starts and runs further. Where the two disagree on the start, a coordination the
        // parser attached elsewhere is the likelier mistake, and the patterns' span stays.
        if (TreeContent(tree, verb) is var (contentStart, contentEnd) && contentStart == attribution.ContentStart &&
            contentEnd > attribution.ContentEnd)
        {
            attribution.ContentEnd = contentEnd;
        }

        // The subject's phrase gives the source's bounds when it shares an end with the patterns' source ("The inquiry
        // Mirela Ostrand" is "Mirela Ostrand"), or shares its start and runs further. It never cuts the end of a phrase
        // the patterns read up to the cue: there a shorter subject is a misparse of a name or a head ("many | Democrats
        // say", "The Tax | Policy Center estimates").
        // A subject holding a clause of its own ("X, who acknowledged ...") or a misparse across the sentence is no
        // better than the patterns' noun phrase.
        if (attribution.Antecedent is null && TreeSource(tree, verb) is var (sourceStart, sourceEnd) && sourceEnd > sourceStart &&
            ((sourceEnd == attribution.SourceEnd && (sourceStart < attribution.SourceStart ? !IsFrontedAdverbial(tree, sourceStart, attribution.SourceStart)
                : IsApartFromSubject(tree, attribution.SourceStart, sourceStart, verb))) ||
             (sourceStart == attribution.SourceStart && sourceEnd > attribution.SourceEnd)) &&
            sourceEnd - sourceStart <= MaxTreeSourceTokens &&
            !Enumerable.Range(sourceStart, sourceEnd - sourceStart).Any(t => tree[t].Pos is UniversalPos.VERB or UniversalPos.AUX))
        {
            attribution.SourceStart = sourceStart;
            attribution.SourceEnd = sourceEnd;
        }
    }

    /// <summary>
    /// Whether the tokens [start, subject) the patterns read before the tree's subject are apart from it: an opening
    /// adverbial set off by a comma ("Back in Virginia, Mr. Clarke said"), or words holding a verb, a preposition or a
    /// number ("a meeting in March 2016 Trump said"), or a noun the cue's clause hangs on as a relative clause ("The
    /// inquiry | Mirela Ostrand demanded should begin now"), also when the parser hangs that noun phrase on the cue
    /// itself. Bare titles and modifiers ("Retired", "German", "Clinton
    /// campaign manager") are the subject's own, wherever the parser attached them.
    /// </summary>
    private bool IsApartFromSubject(DependencyTree tree, int start, int subject, int verb)
    {
        for (var t = start; t < subject; t++)
        {
            if (!IsWordToken(t) || tree[t].Pos is UniversalPos.VERB or UniversalPos.AUX or UniversalPos.ADP or UniversalPos.NUM or UniversalPos.SCONJ ||
                tree.Dominates(t, verb) || (In(_lexicon.Determiners, start) && tree[t].Head == verb && !tree[t].Is("nsubj")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether tokens [start, end) the tree would add before the patterns' source are an opening adverbial the parser
    /// hung on the subject ("Back in Virginia, | Mr. Clarke said", "In June, | the senator", "WASHINGTON -- | President
    /// Obama"), not a name the apposition follows ("Donald Trump, | her Republican opponent,").
    /// </summary>
    private bool IsFrontedAdverbial(DependencyTree tree, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (tree[t].Pos is UniversalPos.ADP or UniversalPos.ADV or UniversalPos.SCONJ or UniversalPos.VERB || In(_lexicon.TimeWords, t) ||
                IsPunct(t, '-', '\u2014', '\u2013') || (IsWordToken(t) && _text.AsSpan(_tokens[t].Start, _tokens[t].Length).IndexOfAnyInRange('a', 'z') < 0 && _tokens[t].Length > 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The content's tokens [start, end): the complement clause, or the clause a parenthetical cue interrupts.</summary>
    private (int Start, int End)? TreeContent(DependencyTree tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if (ComplementRelations.Contains(tree[child].BaseRelation) && child > verb)
            {
                var (first, last) = tree.Subtree(child);
                return TrimContent(first, last + 1);
            }
        }

        var relation = tree[verb].BaseRelation;
        var head = tree[verb].Head;
        if (head >= 0 && head < verb && relation is "parataxis" or "ccomp")
        {
            // "CONTENT, X said": the content is the head's clause up to the cue's own phrase.
            var (first, _) = tree.Subtree(head);
            var (cueFirst, _) = tree.Subtree(verb);
            return TrimContent(first, cueFirst);
        }

        return null;
    }

    /// <summary>The source's tokens [start, end): the subject's phrase, or a passive's "by" agent.</summary>
    private (int Start, int End)? TreeSource(DependencyTree tree, int verb)
    {
        // Only the verb's own subject: one shared through coordination or control is where parses of relative clauses
        // go wrong ("X, who acknowledged the involvement ..., said" gives "said" the relative clause's object).
        var subject = tree.Children(verb).Where(c => tree[c].Is("nsubj")).DefaultIfEmpty(-1).First();
        if (subject >= 0 && tree[subject].Is("nsubj:pass"))
        {
            var agent = tree.Children(verb).Where(c => tree[c].Is("obl:agent")).DefaultIfEmpty(-1).First();
            subject = agent;
        }

        if (subject < 0 || tree.Dominates(subject, verb) || tree[subject].Pos == UniversalPos.PRON && IsRelativePronoun(subject))
        {
            return null;
        }

        var (first, last) = tree.Subtree(subject);
        var start = first;
        for (var c = subject - 1; c > first; c--)
        {
            if ((IsPunct(c, ',') || IsPunct(c, '-', '\u2014', '\u2013')) && IsFrontedAdverbial(tree, first, c))
            {
                // "In June, the senator", "in recent days, advisers to Mr. Obama": an opening adverbial the parser hung
                // on the subject ("David Wasserman, House editor", read with "editor" as the head, stays whole).
                start = c + 1;
                break;
            }
        }

        while (start <= last && (tree[start].Is("case") || IsPunct(start, ',')))
        {
            start++;
        }

        var end = last + 1;
        while (end > start && IsPunct(end - 1, ',', '-', '\u2014', '\u2013'))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// "Shares fell 19% after the firm said ...", "Although Gallois said ..., the unions were displeased": a report
    /// inside a subordinate clause is that clause's speaker's, and the main clause is the author's own statement. When
    /// the sentence's root lies in no claim, cue or source, the root's clause without the subordinate clauses that
    /// hold a cue becomes a claim in the author's voice.
    /// </summary>
    private void AddMainClause(List<CueHit> cues, List<Attribution> attributions, int firstClaim, int first, int end)
    {
        if (_tree is not { } tree || tree.Root < first || tree.Root >= end || attributions.Count == 0)
        {
            return;
        }

        var root = tree.Root;
        var rootStart = _tokens[root].Start;
        for (var c = firstClaim; c < _claims.Count; c++)
        {
            if (_claims[c].Start <= rootStart && rootStart < _claims[c].End)
            {
                return;
            }
        }

        foreach (var a in attributions)
        {
            if ((root >= a.Cue.Start && root < a.Cue.End) || (root >= a.SourceStart && root < a.SourceEnd) ||
                (root >= a.ContentStart && root < a.ContentEnd))
            {
                return;
            }
        }

        // The root's clause, cut where a dependent clause holding a cue begins or ends.
        var start = first;
        var stop = end;
        foreach (var child in tree.Children(root))
        {
            var (lo, hi) = tree.Subtree(child);
            if (!cues.Exists(a => a.Start >= lo && a.Start <= hi))
            {
                continue;
            }

            if (!tree[child].Is("advcl"))
            {
                // Only a subordinate clause ("after ...", "although ...", "when ...") is apart from the main one; a
                // report joined by coordination or parataxis ("X paid, newspaper says") reports the main clause.
                return;
            }

            if (hi < root)
            {
                start = Math.Max(start, hi + 1);
            }
            else if (lo > root)
            {
                stop = Math.Min(stop, lo);
            }
        }

        var (s, e) = TrimContent(start, stop);
        var predicate = tree[root].Pos.IsVerbal() || tree.Children(root).Any(c => tree[c].Is("cop") || tree[c].Is("nsubj"));
        if (!predicate || root < s || root >= e || attributions.Exists(a => a.SourceStart < e && s < a.SourceEnd) ||
            cues.Exists(a => a.Start < e && s < a.End))
        {
            // A misparsed sentence whose "root" is a source or cue phrase: the author states nothing of their own.
            return;
        }

        while (e > s && (In(_lexicon.ClauseStops, e - 1) || IsCoordinator(e - 1)))
        {
            e--;
        }

        if (e - s < 2 || !IsWordToken(s))
        {
            return;
        }

        var claimStart = _tokens[s].Start;
        var claimEnd = _tokens[e - 1].End;
        _claims.Add(new Claim(claimStart, claimEnd, _text[claimStart..claimEnd], [], Stances.Assert, Modality(s, e, attributed: false)));
    }

    /// <summary>
    /// "Although Gallois said he hoped to ..., the unions were displeased": a report inside a subordinate clause that
    /// comes before the main clause reports that clause only; its content ends where the subordinate clause ends.
    /// </summary>
    private void ClampToSubordinate(List<Attribution> attributions)
    {
        if (_tree is not { } tree || tree.Root < 0)
        {
            return;
        }

        foreach (var child in tree.Children(tree.Root))
        {
            if (!tree[child].Is("advcl") || child > tree.Root)
            {
                continue;
            }

            var (lo, hi) = tree.Subtree(child);
            foreach (var a in attributions)
            {
                if (a.Cue.Start >= lo && a.Cue.Start <= hi && a.Forward && a.ContentStart <= hi && a.ContentEnd > hi + 1)
                {
                    var (_, end) = TrimContent(a.ContentStart, hi + 1);
                    a.ContentEnd = Math.Max(end, a.ContentStart + 1);
                }
            }
        }
    }

    private bool IsRelativePronoun(int t) => IsWord(t, "who") || IsWord(t, "which") || IsWord(t, "that");

    private (int Start, int End) TrimContent(int start, int end)
    {
        // The complementizer stays out of the claim ("said that | the talks failed"), as the patterns keep it.
        while (start < end && (IsPunct(start, ',', ':', ';', '-', '\u2014', '\u2013') || (IsWord(start, "that") && start + 1 < end)))
        {
            start++;
        }

        while (end > start && IsPunct(end - 1, ',', ':', ';', '-', '\u2014', '\u2013', '.'))
        {
            end--;
        }

        return (start, end);
    }
}
