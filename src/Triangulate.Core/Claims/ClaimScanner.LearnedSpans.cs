using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>The source, cue and content of a learnt cue, read from the tree.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>Adds an attribution for each learnt cue of tokens [first, end) that no attribution covers yet.</summary>
    private void AddLearnedCues(int first, int end, List<CueHit> cues, List<Attribution> attributions)
    {
        if (_cueModel is not { } model || _tree is not { } tree || IsPunct(end - 1, '?') || (end < _tokens.Count && IsPunct(end, '?')))
        {
            // A question is asked, not reported ("Why did the ministry call the report fake?").
            return;
        }

        for (var t = first; t < end; t++)
        {
            // An open complement ("refused to say whether", "plans to build") belongs to the verb it completes, which
            // the patterns read as a modality or a refusal to comment.
            // A participle modifying a noun ("agencies pointing to causes", "OSI, financed by X") describes it.
            if (!IsCueCandidate(_syntax![t]) || _syntax[t].Is("xcomp") || _syntax[t].Relation == "acl" || IsQuotedToken(t) || Covers(attributions, t) ||
                cues.Exists(c => t >= c.Start && t < c.End))
            {
                continue;
            }

            // The spans first: most verbs have no subject or no content to report, and reading the tree costs less
            // than the features.
            if (LearnedAttribution(tree, t, first, end) is not { } attribution)
            {
                continue;
            }

            _features.Clear();
            CueFeatures(tree, t, first, end, _features);
            if (model.Score(_features) <= model.Threshold)
            {
                continue;
            }

            if (attributions.Exists(a => Inside(a.Cue.Start, attribution)))
            {
                // A span reaching over a cue the patterns found is a misparse, not an attribution around theirs.
                continue;
            }

            attributions.Add(attribution);

            // Later steps ask the cues where reports are ("Shares fell after X said ...": the main clause stays the author's).
            var at = cues.FindIndex(c => c.Start > attribution.Cue.Start);
            cues.Insert(at < 0 ? cues.Count : at, attribution.Cue);
        }
    }

    /// <summary>
    /// A listed cue verb whose source the token patterns could not place ("EADS - Airbus' majority owner - admitted
    /// that ...", "Southcorp, whose brands include A, B and C, dismissed ..."): the tree's subject and complement, as for
    /// a learnt cue, keeping the list's stance.
    /// </summary>
    private Attribution? TreeAttribution(CueHit cue, int first, int end)
    {
        if (_tree is not { } tree || IsPunct(end - 1, '?') || (end < _tokens.Count && IsPunct(end, '?')))
        {
            return null;
        }

        var verb = CueHead(cue);
        if (!tree.Contains(verb) || LearnedAttribution(tree, verb, first, end) is not { } found || found.Antecedent is not null)
        {
            return null;
        }

        var attribution = new Attribution(cue)
        {
            SourceStart = found.SourceStart,
            SourceEnd = found.SourceEnd,
            ContentStart = found.ContentStart,
            ContentEnd = found.ContentEnd,
            Forward = found.Forward,
            RegionStart = found.RegionStart,
        };
        return attribution;
    }

    private static bool Covers(List<Attribution> attributions, int t) =>
        attributions.Exists(a => (t >= a.Cue.Start && t < a.Cue.End) || Inside(t, a));

    private static bool Inside(int t, Attribution a) =>
        (t >= a.SourceStart && t < a.SourceEnd) || (t >= a.ContentStart && t < a.ContentEnd);

    private Attribution? LearnedAttribution(DependencyTree tree, int verb, int first, int end)
    {
        // The cue keeps its auxiliaries ("has learned", "is expected") and its particle ("pointed out").
        var cueStart = verb;
        while (cueStart - 1 >= first && _syntax![cueStart - 1].Head == verb && _syntax[cueStart - 1].Is("aux"))
        {
            cueStart--;
        }

        var cueEnd = verb + 1;
        if (cueEnd < end && _syntax![cueEnd].Is("compound") && _syntax[cueEnd].Head == verb)
        {
            cueEnd++;
        }

        var (content, forward) = LearnedContent(tree, verb);
        if (content is not var (contentStart, contentEnd) || contentEnd <= contentStart)
        {
            return null;
        }

        var (lexLength, lexEntry) = _lexicon.Cues.Match(_text, _tokens, verb, end);
        var entry = lexLength > 0 ? lexEntry with { Kind = CueKind.Verb } : new CueEntry(Stances.Assert, CueKind.Verb);
        var attribution = new Attribution(new CueHit(cueStart, cueEnd, entry, tree.IsNegated(verb)))
        {
            ContentStart = contentStart,
            ContentEnd = contentEnd,
            Forward = forward,
        };
        if (!LearnedSource(tree, verb, attribution))
        {
            return null;
        }

        TrimSourceOpener(attribution);
        if (IsWord(attribution.SourceStart, "we") || IsWord(attribution.SourceStart, "i"))
        {
            // "We all know what ...": the author's own voice, an opinion, not a report.
            return null;
        }

        attribution.RegionStart = Math.Min(cueStart, Math.Min(contentStart, attribution.SourceStart));
        return attribution.SourceEnd <= contentStart || attribution.SourceStart >= contentEnd ? attribution : null;
    }

    /// <summary>The content: the complement clause, or the clause a parenthetical cue interrupts.</summary>
    private ((int Start, int End)? Span, bool Forward) LearnedContent(DependencyTree tree, int verb)
    {
        if (TreeContent(tree, verb) is var (s, e) && e > s)
        {
            return ((s, e), s > verb);
        }

        // Only a clause is reported: an object ("signed away the future of the port", "call the report fake") is
        // what the subject did or named, and an open complement ("plans to build", "refused to comment") the
        // subject's own intention or act, both told by the author (PolNeAR counts them; the claims do not).
        return (null, true);
    }

    /// <summary>The source: the subject's phrase, a passive's agent, or the noun a relative clause hangs on.</summary>
    private bool LearnedSource(DependencyTree tree, int verb, Attribution attribution)
    {
        if (TreeSource(tree, verb) is var (start, end) && end > start && end - start <= MaxTreeSourceTokens)
        {
            attribution.SourceStart = start;
            attribution.SourceEnd = end;
            return true;
        }

        var subject = tree.Subject(verb);
        if (subject < 0 || tree.Dominates(verb, subject) && !IsRelativePronoun(subject))
        {
            return false;
        }

        if (IsRelativePronoun(subject) || _syntax![verb].Is("acl"))
        {
            // "Smith, who agreed that ...": "who" is the source, resolved to the noun it follows.
            var noun = IsRelativePronoun(subject) ? _syntax![verb].Head : subject;
            if (noun < 0 || noun >= verb)
            {
                return false;
            }

            var (lo, _) = tree.Subtree(noun);
            var stop = noun + 1;
            attribution.Antecedent = (lo, stop);
            attribution.SourceStart = IsRelativePronoun(subject) ? subject : lo;
            attribution.SourceEnd = IsRelativePronoun(subject) ? subject + 1 : stop;
            attribution.Coordinate = true;
            if (!IsRelativePronoun(subject))
            {
                attribution.Antecedent = null;
            }

            return true;
        }

        var (first, last) = tree.Subtree(subject);
        if (last - first + 1 > MaxTreeSourceTokens || (first <= verb && verb <= last))
        {
            return false;
        }

        attribution.SourceStart = first;
        attribution.SourceEnd = last + 1;
        return true;
    }

    /// <summary>"with different news agencies pointing to ...": the source is the noun phrase, not its preposition.</summary>
    private void TrimSourceOpener(Attribution attribution)
    {
        while (attribution.SourceEnd - attribution.SourceStart > 1 &&
            _syntax![attribution.SourceStart].Pos is Syntax.UniversalPos.ADP or Syntax.UniversalPos.SCONJ)
        {
            attribution.SourceStart++;
        }
    }
}
