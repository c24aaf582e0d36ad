using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>
/// Acts and intentions told in the author's voice (<see cref="AttributedAct"/>): a verb the cue model takes for an
/// attribution cue whose content is no clause but its open complement ("wants | to triple the program") or the noun
/// phrase it takes ("unleashed | a flurry of tweets", "called for | steep new tariffs"). They are recorded beside the
/// claims and change none of them.
/// </summary>
internal sealed partial class ClaimScanner
{
    private readonly List<AttributedAct> _acts = [];

    /// <summary>The acts recorded so far, in text order.</summary>
    public IReadOnlyList<AttributedAct> Acts => _acts;

    /// <summary>Records an act for each verb of tokens [first, end) outside every attribution that the model takes for a cue.</summary>
    private void AddActs(int first, int end, List<Attribution> attributions)
    {
        if (_cueModel is not { } model || _tree is not { } tree || IsPunct(end - 1, '?') || (end < _tokens.Count && IsPunct(end, '?')))
        {
            return;
        }

        var taken = new List<(int Start, int End)>();
        for (var t = first; t < end; t++)
        {
            if (!IsCueCandidate(_syntax![t]) || _syntax[t].Is("xcomp") || IsQuotedToken(t) || Covers(attributions, t) ||
                taken.Exists(s => t >= s.Start && t < s.End))
            {
                continue;
            }

            if (ActAttribution(tree, t, first, end) is not ({ } act, var kind))
            {
                continue;
            }

            if (attributions.Exists(a => act.Cue.Start < act.ContentEnd && act.ContentStart <= a.Cue.Start && a.Cue.Start < act.ContentEnd) ||
                taken.Exists(s => s.Start < act.ContentEnd && act.ContentStart < s.End))
            {
                continue;
            }

            _features.Clear();
            CueFeatures(tree, t, first, end, _features);
            if (model.Score(_features) <= model.Threshold - (IsListedAct(t) ? ListedActBonus : 0))
            {
                continue;
            }

            var links = LinksFor(act.SourceStart, act.SourceEnd, act.Cue);
            if (links.Count == 0)
            {
                continue;
            }

            var contentStart = _tokens[act.ContentStart].Start;
            var contentEnd = _tokens[act.ContentEnd - 1].End;
            _acts.Add(new AttributedAct(kind, links[0], contentStart, contentEnd, _text[contentStart..contentEnd]));
            taken.Add((Math.Min(act.SourceStart, act.Cue.Start), Math.Max(act.ContentEnd, act.SourceEnd)));
        }
    }

    /// <summary>
    /// How much less the cue model must score a verb of the <c>act</c> class of <c>claim-verb-classes.txt</c> ("unveiled",
    /// "criticized", "wants") than another verb (chosen on PolNeAR dev halves: 0, 2, 4, 8 and no limit were tried).
    /// </summary>
    private const float ListedActBonus = 8f;

    private bool IsListedAct(int t) => _lexicon.VerbClasses.TryGetValue("act", out var acts) && acts.Contains(_syntax![t].Lemma);

    /// <summary>
    /// "Donald Trump is stressing the need ...": the parser reads "is" before a present participle as a passive, so the
    /// subject it marks passive, with no agent, is the one who acts.
    /// </summary>
    private bool ProgressiveSource(DependencyTree tree, int verb, Attribution act)
    {
        var subject = tree.Children(verb).Where(c => _syntax![c].Is("nsubj:pass") && c < verb).DefaultIfEmpty(-1).First();
        if (subject < 0 || !_text.AsSpan(_tokens[verb].Start, _tokens[verb].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ||
            tree.Children(verb).Any(c => _syntax![c].Is("obl:agent")))
        {
            return false;
        }

        var (first, last) = tree.Subtree(subject);
        if (last >= verb || last - first + 1 > MaxTreeSourceTokens)
        {
            return false;
        }

        act.SourceStart = first;
        act.SourceEnd = last + 1;
        return true;
    }

    /// <summary>Whether tokens [from, to) are only adverbs, particles or a day name ("spoke out Tuesday about").</summary>
    private bool OnlyAdverbsBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_syntax![i].Pos is not (UniversalPos.ADV or UniversalPos.PART) && !_syntax[i].Is("compound") && !In(_lexicon.TimeWords, i))
            {
                return false;
            }
        }

        return to - from <= 2;
    }

    /// <summary>The source, cue and content of verb <paramref name="verb"/> taken as an act, or null.</summary>
    private (Attribution Act, string Kind)? ActAttribution(DependencyTree tree, int verb, int first, int end)
    {
        // The cue keeps its auxiliaries and an adjective its copula ("has been critical | of").
        var cueStart = verb;
        while (cueStart - 1 >= first && _syntax![cueStart - 1].Head == verb && (_syntax[cueStart - 1].Is("aux") || _syntax[cueStart - 1].Is("cop")))
        {
            cueStart--;
        }

        var cueEnd = verb + 1;
        if (cueEnd < end && _syntax![cueEnd].Is("compound") && _syntax[cueEnd].Head == verb)
        {
            cueEnd++;
        }

        // The content: from the first object, open complement or prepositional object after the cue to the end of the
        // last one ("urged | voters to turn out", "called for | an inquiry").
        int contentStart = -1, contentEnd = -1;
        var kind = AttributedActKinds.Act;
        foreach (var child in tree.Children(verb))
        {
            if (child < cueEnd)
            {
                continue;
            }

            var relation = _syntax![child].BaseRelation;
            var (lo, hi) = tree.Subtree(child);
            if (relation is "obl" or "advcl" && lo < hi && contentStart < 0 && (_syntax[lo].Is("case") || (relation == "advcl" && _syntax[lo].Is("mark") && _syntax[lo].Pos == UniversalPos.ADP)) &&
                OnlyAdverbsBetween(cueEnd, lo))
            {
                // "called for | X", "pointed to | X", "spoke out Tuesday about | X", "called for | changing X": the
                // preposition and what stands between joins the cue.
                cueEnd = lo + 1;
                lo++;
            }
            else if (relation is not ("obj" or "xcomp"))
            {
                continue;
            }

            if (relation == "xcomp")
            {
                kind = AttributedActKinds.Intention;
            }

            contentStart = contentStart < 0 ? lo : Math.Min(contentStart, lo);
            contentEnd = Math.Max(contentEnd, hi + 1);
        }

        if (contentStart < 0)
        {
            return null;
        }

        var (s, e) = TrimContent(contentStart, Math.Min(contentEnd, end));
        if (e - s > 1 && In(_lexicon.TimeWords, e - 1) && !In(_lexicon.Determiners, e - 2) && !IsWord(e - 2, "on"))
        {
            // "sent a letter | Thursday": the day the parser hung on the object is when it was done, not what.
            e--;
        }
        if (e <= s)
        {
            return null;
        }

        var (lexLength, lexEntry) = _lexicon.Cues.Match(_text, _tokens, verb, end);
        var entry = lexLength > 0 ? lexEntry with { Kind = CueKind.Verb } : new CueEntry(Stances.Assert, CueKind.Verb);
        var act = new Attribution(new CueHit(cueStart, cueEnd, entry, tree.IsNegated(verb))) { ContentStart = s, ContentEnd = e, Forward = true };
        if (!LearnedSource(tree, verb, act) && !ProgressiveSource(tree, verb, act))
        {
            return null;
        }

        TrimSourceOpener(act);
        if (IsWord(act.SourceStart, "we") || IsWord(act.SourceStart, "i"))
        {
            return null;
        }

        return act.SourceEnd <= s || act.SourceStart >= e ? (act, kind) : null;
    }
}
