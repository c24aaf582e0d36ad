namespace Triangulate.Core.Claims;

/// <summary>Finding cues and building attributions (source, cue, content) within one sentence.</summary>
internal sealed partial class ClaimScanner
{
    private static readonly HashSet<string> LayoutLabels =
    [
        "update", "note", "photo", "photos", "video", "watch", "read", "related", "correction", "clarification",
        "editor", "source", "sources", "via", "credit", "full text", "transcript", "warning", "breaking", "exclusive",
        "live", "analysis", "opinion", "comment", "listen", "see", "more", "also",
    ];

    private bool _titleCase;

    private static readonly string[] NamingCues = ["called", "calls", "call", "dismissed", "dismisses", "described", "branded", "labelled", "labeled", "termed"];

    /// <summary>Finds the reporting cues in tokens [first, end), skipping noun and passive uses.</summary>
    private void FindCues(int first, int end, List<CueHit> cues)
    {
        _titleCase = IsTitleCase(first, end);
        var quoted = false;
        for (var i = first; i < end; i++)
        {
            if (!IsWordToken(i))
            {
                var direction = QuoteDirection(i);
                if (direction != 0)
                {
                    quoted = direction > 0;
                }

                continue;
            }

            if (quoted)
            {
                // A cue inside a quotation is part of what the speaker says ("“I think ...,” he said").
                continue;
            }

            var (length, entry) = _lexicon.Cues.Match(_text, _tokens, i, end);
            if (length == 0 || !IsCueUse(i, length, entry, first, end))
            {
                continue;
            }

            if (entry.Kind == CueKind.Participle && i > first && IsProgressiveAuxiliary(i - 1))
            {
                // "The White House is saying that ...": a progressive verb, with its subject before it.
                entry = entry with { Kind = CueKind.Verb };
            }

            cues.Add(new CueHit(i, i + length, entry, IsNegated(i, first)));
            i += length - 1;
        }
    }

    private bool IsCueUse(int i, int length, CueEntry entry, int first, int end)
    {
        var previous = i - 1 >= first ? i - 1 : -1;
        switch (entry.Kind)
        {
            case CueKind.According:
                return true;
            case CueKind.Citing:
                return previous < 0 || IsPunct(previous, ',', '\u2014', '(');
            case CueKind.Participle:
                return previous >= 0 && (IsPunct(previous, ',', '\u2014') || IsProgressiveAuxiliary(previous));
            default:
                if (entry.Kind == CueKind.Attitude && i + length < end && (IsWord(i + length, "by") || IsWord(i + length, "to")))
                {
                    // "plans to build" is a plan of the sentence's subject, told by the author: a modality.
                    return false;
                }

                if (previous < 0 || (IsCapitalized(i) && i > first && !_titleCase))
                {
                    // A sentence-initial verb has no source before it; a capitalised one mid-sentence is a name.
                    return false;
                }

                var quantifierSubject = IsWord(previous, "some") || IsWord(previous, "many") || IsWord(previous, "most") ||
                    IsWord(previous, "others") || IsWord(previous, "all") || IsWord(previous, "both") || IsWord(previous, "few");
                if ((In(_lexicon.Determiners, previous) && !quantifierSubject) || IsWord(previous, "to") || IsWord(previous, "'s") ||
                    IsWord(previous, "\u2019s") || IsWord(previous, "be") || IsWord(previous, "is") ||
                    IsWord(previous, "was") || IsWord(previous, "were") || IsWord(previous, "been") ||
                    IsWord(previous, "being") || IsWord(previous, "are"))
                {
                    // "the report", "its claims", "refused to confirm", "is said to", "was called": not a report.
                    return false;
                }

                if (length == 1 && In(_lexicon.NounLikeCues, i) && !IsLikelySubjectEnd(previous, first))
                {
                    return false;
                }

                return i + length >= end || !IsWord(i + length, "by");
        }
    }

    /// <summary>A time word between subject and verb ("this month", "on Friday", "in 2010"), with its opener.</summary>
    private bool IsTimeAdverbial(int i, int clauseStart)
    {
        if (In(_lexicon.TimeWords, i) || (_tokens[i].Kind == Text.TokenKind.Number && i > clauseStart && IsWord(i - 1, "in")))
        {
            return true;
        }

        return (IsWord(i, "this") || IsWord(i, "last") || IsWord(i, "next") || IsWord(i, "on") || IsWord(i, "in") ||
            IsWord(i, "early") || IsWord(i, "late")) &&
            i + 1 < _tokens.Count && (In(_lexicon.TimeWords, i + 1) || _tokens[i + 1].Kind == Text.TokenKind.Number);
    }

    private bool IsLyAdverb(int i)
    {
        var t = _tokens[i];
        return t.Kind == Text.TokenKind.Word && t.Length > 4 && char.IsLower(_text[t.Start]) &&
            _text[t.End - 2] == 'l' && _text[t.End - 1] == 'y';
    }

    /// <summary>Whether the word before a noun-like cue can end its subject: a name, a pronoun, a source noun.</summary>
    private bool IsLikelySubjectEnd(int previous, int first)
    {
        var p = previous;
        while (p > first && In(_lexicon.BetweenSourceAndCue, p))
        {
            p--;
        }

        if (IsCapitalized(p) || In(_lexicon.Pronouns, p) || In(_lexicon.AnonymousHeads, p) || In(_lexicon.OutletWords, p) ||
            IsClosingQuote(p) || IsPunct(p, ')', ','))
        {
            return true;
        }

        // A plain noun ("one study found", "his supporters believe"), not a verb form ("raising questions",
        // "has faced questions") nor a function word.
        var t = _tokens[p];
        var word = _text.AsSpan(t.Start, t.Length);
        return t.Kind == Text.TokenKind.Word && word.Length > 2 && !word.EndsWith("ing") && !word.EndsWith("ed") &&
            !In(_lexicon.ClauseStops, p) && !In(_lexicon.Determiners, p) && !In(_lexicon.NounPhrasePrepositions, p) &&
            !In(_lexicon.Auxiliaries, p) && !In(_lexicon.BetweenSourceAndCue, p) && !IsLyAdverb(p);
    }

    /// <summary>A headline in title case ("Senator Says Deal Is Off"), where a capitalised verb is still a verb.</summary>
    private bool IsTitleCase(int first, int end)
    {
        var words = 0;
        var capitalized = 0;
        for (var i = first; i < end; i++)
        {
            if (_tokens[i].Kind == Text.TokenKind.Word && _tokens[i].Length > 3)
            {
                words++;
                capitalized += IsCapitalized(i) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 10 >= words * 8;
    }

    /// <summary>Whether a span names a source: a name, a pronoun, an anonymous descriptor or an outlet.</summary>
    private bool LooksLikeSource(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsCapitalized(i) || In(_lexicon.AnonymousHeads, i) || In(_lexicon.OutletWords, i) || In(_lexicon.Pronouns, i))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsProgressiveAuxiliary(int i) =>
        IsWord(i, "is") || IsWord(i, "are") || IsWord(i, "was") || IsWord(i, "were") || IsWord(i, "been") || IsWord(i, "'s");

    private bool IsNegated(int cue, int first)
    {
        for (var j = cue - 1; j >= first && j >= cue - 3 && In(_lexicon.BetweenSourceAndCue, j); j--)
        {
            if (In(_lexicon.Negators, j))
            {
                return true;
            }
        }

        return false;
    }

    private void BuildAttributions(List<CueHit> cues, int first, int end, List<Attribution> attributions)
    {
        var clauseStart = first;
        foreach (var cue in cues)
        {
            Attribution? attribution = cue.Entry.Kind switch
            {
                CueKind.According => BuildAccording(cue, clauseStart, end),
                CueKind.Verb or CueKind.Attitude => BuildVerb(cue, clauseStart, end, cues),
                CueKind.Participle => BuildParticiple(cue, first, end, attributions),
                _ => null,
            };
            if (attribution is null)
            {
                continue;
            }

            attributions.Add(attribution);
            if (!attribution.Forward)
            {
                clauseStart = Math.Max(clauseStart, Math.Max(attribution.Cue.End, attribution.SourceEnd));
            }
        }

        AttachCitings(cues, end, attributions);

        // A cue left without content ("... would not answer questions") reports nothing and nests nothing, unless
        // it introduces a quotation on the next line ("She told reporters:").
        attributions.RemoveAll(a => a.ContentEnd <= a.ContentStart && !(a.Cue.End < end && IsPunct(a.Cue.End, ':')));
        Nest(attributions);
        foreach (var attribution in attributions)
        {
            attribution.Stance = StanceOf(attribution);
            attribution.Links.AddRange(LinksFor(attribution.SourceStart, attribution.SourceEnd, attribution.Cue));
            foreach (var (start, stop, cue) in attribution.Inner)
            {
                attribution.Links.AddRange(LinksFor(start, stop, cue));
            }
        }
    }

    private Attribution? BuildVerb(CueHit cue, int clauseStart, int end, List<CueHit> cues)
    {
        var p = cue.Start - 1;
        while (p >= clauseStart && (In(_lexicon.BetweenSourceAndCue, p) || IsLyAdverb(p) || IsTimeAdverbial(p, clauseStart) || IsWord(p, "just")))
        {
            p--;
        }

        var sourceLast = p;
        while (p > clauseStart && IsPunct(p, ')') && MatchingParenthesis(p, clauseStart) is var open and > 0 && p - open <= 8)
        {
            // "Rep. Jane Doe (D-Wis.) said": the name is before the parenthesis, which stays in the source.
            p = open - 1;
        }

        if (p < clauseStart)
        {
            return null;
        }

        var attribution = new Attribution(cue);
        if (IsWordToken(p) && (IsWord(p, "and") || IsWord(p, "but")) && p > clauseStart)
        {
            // "X did this, and said ...": the subject of the sentence speaks.
            var (subjectStart, subjectEnd) = SubjectNounPhrase(clauseStart, p);
            if (subjectEnd <= subjectStart)
            {
                return null;
            }

            attribution.SourceStart = subjectStart;
            attribution.SourceEnd = subjectEnd;
            attribution.Coordinate = true;
            attribution.RegionStart = p - 1;
            SetForwardContent(attribution, end);
            return attribution;
        }

        if (IsWordToken(p) && IsWord(p, "who") && p - 1 > clauseStart)
        {
            // "an architect who said ...", "Smith, who said ...": the relative pronoun's antecedent speaks.
            var antecedent = IsPunct(p - 1, ',') ? p - 2 : p - 1;
            if (IsWordToken(antecedent))
            {
                (attribution.SourceStart, attribution.SourceEnd) = BackNounPhrase(antecedent, clauseStart);
                attribution.RegionStart = p;
                attribution.Coordinate = true;
                SetForwardContent(attribution, end);
                return attribution;
            }
        }

        if (IsWordToken(p) && (In(_lexicon.ClauseStops, p) || IsWord(p, "including")))
        {
            // "..., which confirmed", "called for X that showed": no source of its own here.
            return null;
        }

        if (In(_lexicon.Pronouns, p) && p - 1 >= clauseStart && IsLowercaseWord(p - 1) && !In(_lexicon.ClauseStops, p - 1) &&
            !In(_lexicon.NounPhrasePrepositions, p - 1) && _lexicon.Cues.Match(_text, _tokens, p - 1, p).Length == 0 &&
            !IsLyAdverb(p - 1))
        {
            // "the policies she supported", "the loopholes he cited": a relative clause, not a report.
            return null;
        }

        if (IsWordToken(p) || IsQuotedName(p, clauseStart))
        {
            var (sourceStart, sourceEnd) = BackNounPhrase(p, clauseStart);
            attribution.SourceStart = sourceStart;
            attribution.SourceEnd = Math.Max(sourceEnd, sourceLast + 1);
            var before = sourceStart - 1;
            if (before >= clauseStart && (IsWord(before, "as") || IsCoordinator(before)))
            {
                // "..., but, as X said, ..." and "..., but Y said ...": a coordinate attribution.
                attribution.Coordinate = true;
                var region = before;
                while (region - 1 >= clauseStart && (IsPunct(region - 1, ',') || IsCoordinator(region - 1)))
                {
                    region--;
                }

                attribution.RegionStart = region;
                SetForwardContent(attribution, end);
                return attribution;
            }

            var cueEndsClause = EndsClause(cue.End, end);
            if (before >= clauseStart && cueEndsClause && (IsPunct(before, ',') || IsClosingQuote(before)))
            {
                // "CONTENT, X said." / "“CONTENT,” X said, “MORE.”"
                SetBackwardContent(attribution, clauseStart, before, end);
                attribution.RegionStart = attribution.ContentStart;
                return attribution.ContentEnd > attribution.ContentStart ? attribution : null;
            }

            attribution.RegionStart = sourceStart;
            SetForwardContent(attribution, end);
            return attribution;
        }

        if (!IsPunct(p, ',') && !IsClosingQuote(p))
        {
            return null;
        }

        // "“CONTENT,” said X." : the source follows the cue.
        var after = cue.End;
        var stop = after;
        while (stop < end && !IsPunct(stop, ',') && stop - after < 10)
        {
            stop++;
        }

        var quoteBefore = IsClosingQuote(p) || (p - 1 >= clauseStart && IsClosingQuote(p - 1));
        if (stop > after && (stop == end || IsPunct(stop, ',')) &&
            (IsCapitalized(after) || In(_lexicon.Determiners, after) || In(_lexicon.Pronouns, after)) &&
            (quoteBefore || (stop - after <= 6 && (IsCapitalized(stop - 1) || In(_lexicon.AnonymousHeads, stop - 1)))) &&
            !In(_lexicon.TimeWords, after))
        {
            attribution.SourceStart = after;
            attribution.SourceEnd = stop;
            if (stop < end && IsPunct(stop, ',') && In(_lexicon.Determiners, stop + 1) && end - stop <= 9 && !HasAuxiliary(stop + 1, end))
            {
                // "..., said Petra Lind, the trade minister."
                attribution.SourceEnd = end;
            }

            SetBackwardContent(attribution, clauseStart, p, end);
            attribution.RegionStart = attribution.ContentStart;
            return attribution.ContentEnd > attribution.ContentStart ? attribution : null;
        }

        // "X, citing Y, reports ..." or "X, the minister, said ...": the source is before the commas.
        var comma = p - 1;
        while (comma >= clauseStart && !IsPunct(comma, ','))
        {
            comma--;
        }

        var isCiting = comma >= clauseStart && cues.Exists(c => c.Start == comma + 1 && c.Entry.Kind == CueKind.Citing);
        if (comma - 1 < clauseStart || !IsWordToken(comma - 1) || (!isCiting && p - comma > 20))
        {
            return null;
        }

        var (outerStart, outerEnd) = BackNounPhrase(comma - 1, clauseStart);
        attribution.SourceStart = outerStart;
        attribution.SourceEnd = isCiting ? outerEnd : p;
        attribution.RegionStart = outerStart;
        var beforeOuter = outerStart - 1;
        if (beforeOuter >= clauseStart && (IsPunct(beforeOuter, ',') || IsClosingQuote(beforeOuter)) && EndsClause(cue.End, end))
        {
            // "“CONTENT,” Jane Doe, the minister, said Tuesday."
            SetBackwardContent(attribution, clauseStart, beforeOuter, end);
            attribution.RegionStart = attribution.ContentStart;
            return attribution.ContentEnd > attribution.ContentStart ? attribution : null;
        }

        SetForwardContent(attribution, end);
        return attribution;
    }

    /// <summary>
    /// "Sanders: Clinton needs to change course" in a headline, or "SMITH: We will win." in a transcript: a short
    /// name, a colon, and what the person said. Layout labels ("Update:", "Photo:") are not sources.
    /// </summary>
    private Attribution? ColonAttribution(int first, int end)
    {
        if (first < end && IsOpeningQuote(first))
        {
            first++;
        }

        var colon = first;
        while (colon < end && colon - first < 4 && IsCapitalized(colon))
        {
            colon++;
        }

        if (colon == first || colon + 1 >= end || !IsPunct(colon, ':') || LayoutLabels.Contains(_text[_tokens[first].Start.._tokens[colon - 1].End].ToLowerInvariant()))
        {
            return null;
        }

        var attribution = new Attribution(new CueHit(colon, colon + 1, new CueEntry(Stances.Assert, CueKind.Verb), Negated: false))
        {
            SourceStart = first,
            SourceEnd = colon,
            RegionStart = first,
            Forward = true,
            ContentStart = colon + 1,
            ContentEnd = end,
        };
        attribution.Links.AddRange(LinksFor(first, colon, attribution.Cue));
        return attribution;
    }

    private Attribution? BuildAccording(CueHit cue, int clauseStart, int end)
    {
        var (planLength, _) = _lexicon.Modality.Match(_text, _tokens, cue.Start, end);
        if (planLength > cue.End - cue.Start || cue.End >= end)
        {
            // "according to plans" is a modality, not a source.
            return null;
        }

        var sourceStart = cue.End;
        var sourceEnd = NextComma(sourceStart, end, 25);
        if (sourceEnd < end)
        {
            // An appositive after the source: "according to X, the foreign minister, ...".
            var next = NextComma(sourceEnd + 1, end, 10);
            if (next < end && In(_lexicon.Determiners, sourceEnd + 1) && !HasAuxiliary(sourceEnd + 1, next))
            {
                sourceEnd = next;
            }
        }

        var attribution = new Attribution(cue) { SourceStart = sourceStart, SourceEnd = sourceEnd, RegionStart = clauseStart };
        var preEnd = cue.Start;
        if (preEnd - 1 >= clauseStart && IsPunct(preEnd - 1, ','))
        {
            preEnd--;
        }

        if (sourceEnd >= end || NextComma(sourceEnd, end, 200) >= end && sourceEnd + 1 >= end)
        {
            attribution.ContentStart = clauseStart;
            attribution.ContentEnd = preEnd;
        }
        else if (preEnd - clauseStart <= 3)
        {
            attribution.Forward = true;
            attribution.ContentStart = sourceEnd + 1;
            attribution.ContentEnd = end;
        }
        else
        {
            attribution.Forward = true;
            attribution.ContentStart = clauseStart;
            attribution.ContentEnd = end;
        }

        return attribution.ContentEnd > attribution.ContentStart ? attribution : null;
    }

    private Attribution? BuildParticiple(CueHit cue, int first, int end, List<Attribution> attributions)
    {
        // "..., saying ...": the same source as the clause's last attribution, or as the sentence's subject.
        if (cue.End >= end)
        {
            return null;
        }

        if (attributions.Count == 0)
        {
            var (subjectStart, subjectEnd) = SubjectNounPhrase(first, cue.Start);
            if (subjectEnd <= subjectStart)
            {
                return null;
            }

            var own = new Attribution(cue) { SourceStart = subjectStart, SourceEnd = subjectEnd, Coordinate = true, RegionStart = cue.Start - 1 };
            SetForwardContent(own, end);
            return own;
        }

        var governing = attributions[^1];
        if (governing.Forward && governing.ContentEnd > cue.Start - 1)
        {
            // "X acknowledged, saying ...": the participle's content is not also the governing cue's.
            governing.ContentEnd = Math.Max(governing.ContentStart, cue.Start - 1);
        }

        var attribution = new Attribution(cue)
        {
            SourceStart = governing.SourceStart,
            SourceEnd = governing.SourceEnd,
            Coordinate = true,
            RegionStart = cue.Start - 1,
        };
        foreach (var inner in governing.Inner)
        {
            attribution.Inner.Add(inner);
        }

        SetForwardContent(attribution, end);
        return attribution;
    }

    private void AttachCitings(List<CueHit> cues, int end, List<Attribution> attributions)
    {
        foreach (var citing in cues)
        {
            if (citing.Entry.Kind != CueKind.Citing || citing.End >= end)
            {
                continue;
            }

            var stop = NextComma(citing.End, end, 10);
            if (!LooksLikeSource(citing.End, stop))
            {
                // "citing the release of prisoners": a reason, not a source.
                continue;
            }

            var governing = attributions.Find(a => a.SourceEnd <= citing.Start && a.Cue.Start > citing.Start && a.Cue.Entry.Kind == CueKind.Verb)
                ?? attributions.FindLast(a => a.Cue.Start < citing.Start);
            if (governing is null)
            {
                continue;
            }

            governing.Inner.Add((citing.End, stop, citing));
            if (governing.Forward && governing.ContentStart > citing.Start && governing.ContentStart < stop)
            {
                governing.ContentStart = Math.Min(stop + 1, end);
            }
            else if (governing.Forward && governing.ContentStart < citing.Start && governing.ContentEnd > citing.Start)
            {
                governing.ContentEnd = citing.Start - 1;
            }
        }
    }

    /// <summary>
    /// An attribution inside another's forward content is nested in it ("X reported that Y told Z that ..."), unless
    /// it is coordinate ("..., but, as Y said, ..."), which cuts the earlier content short. An attribution whose
    /// backward content holds an earlier one is that one's parent ("X said A, the paper reported").
    /// </summary>
    private static void Nest(List<Attribution> attributions)
    {
        for (var j = 1; j < attributions.Count; j++)
        {
            var inner = attributions[j];
            for (var i = j - 1; i >= 0; i--)
            {
                var outer = attributions[i];
                if (outer.Forward && inner.RegionStart >= outer.ContentStart && inner.RegionStart < outer.ContentEnd)
                {
                    if (inner.Cue.Entry.Kind == CueKind.Attitude)
                    {
                        // An intention inside a report stays in the report's content.
                        inner.Dropped = true;
                        break;
                    }

                    // Only an attribution that opens the content is reported by the outer source ("X reported that
                    // Y told ..."); one later in it is a clause of its own ("X called it fake after Y admitted").
                    if (inner.Coordinate || !inner.Forward || inner.RegionStart > outer.ContentStart)
                    {
                        outer.ContentEnd = inner.RegionStart;
                        if (!inner.Forward && inner.ContentStart <= outer.RegionStart && inner.Parent is null)
                        {
                            outer.Parent = inner;
                            inner.HasChild = true;
                        }
                    }
                    else
                    {
                        inner.Parent = outer;
                        outer.HasChild = true;
                    }

                    break;
                }

                if (!inner.Forward && outer.RegionStart >= inner.ContentStart && outer.Cue.End <= inner.ContentEnd && outer.Parent is null)
                {
                    outer.Parent = inner;
                    inner.HasChild = true;
                    break;
                }
            }
        }
    }

    private void SetForwardContent(Attribution attribution, int end)
    {
        attribution.Forward = true;
        attribution.ContentEnd = end;
        var k = attribution.Cue.End;
        if (k < end && (IsPunct(k, ':', ',') || IsWord(k, "that")))
        {
            attribution.ContentStart = k + 1;
            return;
        }

        attribution.ContentStart = k;
        var verb = _tokens[attribution.Cue.End - 1];
        var takesObject = _lexicon.RecipientVerbs.Contains(_text, verb);
        if (k >= end || !(takesObject || In(_lexicon.AdverbialOpeners, k)))
        {
            return;
        }

        // "told reporters on Monday that ...", "admitted for the first time that ...": content starts after "that".
        for (var j = k; j < end && j < k + 14; j++)
        {
            if (IsOpeningQuote(j) || IsPunct(j, ':', ';', '(') || _lexicon.Cues.Match(_text, _tokens, j, end).Length > 0)
            {
                return;
            }

            if (IsWord(j, "that"))
            {
                attribution.ContentStart = j + 1;
                return;
            }
        }
    }

    private void SetBackwardContent(Attribution attribution, int clauseStart, int before, int end)
    {
        // The content runs from the clause start to the comma or closing quote before the source; a comma just
        // inside a closing quote stays with the quotation.
        attribution.ContentStart = clauseStart;
        attribution.ContentEnd = IsClosingQuote(before) ? before + 1 : before;
        var after = Math.Max(attribution.Cue.End, attribution.SourceEnd);
        if (after + 1 < end && IsPunct(after, ',') && IsOpeningQuote(after + 1))
        {
            // "“A,” she said, “B.”": one quotation around the cue.
            attribution.ContentEnd = end;
        }
    }

    /// <summary>
    /// Whether the clause ends at token <paramref name="k"/> after a cue, allowing a short adverbial: "he said.",
    /// "he said Friday.", "she said in a statement, adding ...".
    /// </summary>
    private bool EndsClause(int k, int end)
    {
        if (k >= end || IsPunct(k, ',') || IsOpeningQuote(k))
        {
            return true;
        }

        if (!In(_lexicon.AdverbialOpeners, k) && !In(_lexicon.TimeWords, k))
        {
            return false;
        }

        for (var j = k; j < end && j < k + 7; j++)
        {
            if (IsWord(j, "that") || IsOpeningQuote(j) || IsPunct(j, ':'))
            {
                return false;
            }

            if (IsPunct(j, ','))
            {
                return true;
            }
        }

        return end - k <= 6;
    }

    /// <summary>Whether a closing quote at <paramref name="p"/> ends a short quoted name: Israel's “Jerusalem Post”.</summary>
    private bool IsQuotedName(int p, int clauseStart)
    {
        if (!IsClosingQuote(p) || p - 1 < clauseStart || !IsCapitalized(p - 1))
        {
            return false;
        }

        for (var j = p - 1; j >= clauseStart && j >= p - 6; j--)
        {
            if (IsOpeningQuote(j))
            {
                return true;
            }

            if (!IsCapitalized(j))
            {
                return false;
            }
        }

        return false;
    }

    private int NextComma(int from, int end, int limit)
    {
        var i = from;
        while (i < end && !IsPunct(i, ',') && i - from < limit)
        {
            i++;
        }

        return i;
    }

    private bool HasAuxiliary(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (In(_lexicon.Auxiliaries, i) || _lexicon.Cues.Match(_text, _tokens, i, end).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private string StanceOf(Attribution attribution)
    {
        var stance = attribution.Cue.Entry.Stance;
        if (stance == Stances.Assert && attribution.Cue.Negated)
        {
            return Stances.Deny;
        }

        var cueWord = _text.AsSpan(_tokens[attribution.Cue.Start].Start, _tokens[attribution.Cue.Start].Length);
        if (stance == Stances.Assert)
        {
            // "called it fake" is a denial; so is saying that something "was far-fetched" or "is a lie".
            var naming = IsNamingCue(cueWord);
            for (var i = attribution.ContentStart; i < attribution.ContentEnd && i < attribution.ContentStart + 20; i++)
            {
                if (In(_lexicon.DenyWords, i) && (naming || IsPredicateUse(i, attribution.ContentStart)))
                {
                    return Stances.Deny;
                }
            }
        }

        return stance;
    }

    /// <summary>Whether the word at <paramref name="i"/> is predicated: "was false", "is a lie", "were “far-fetched".</summary>
    private bool IsPredicateUse(int i, int start)
    {
        for (var j = i - 1; j >= start && j >= i - 3; j--)
        {
            if (IsWord(j, "was") || IsWord(j, "were") || IsWord(j, "is") || IsWord(j, "are") || IsWord(j, "as"))
            {
                return true;
            }

            if (!IsOpeningQuote(j) && !In(_lexicon.Determiners, j) && !IsLyAdverb(j) && !IsWord(j, "pure") && !IsWord(j, "simply"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNamingCue(ReadOnlySpan<char> word)
    {
        foreach (var naming in NamingCues)
        {
            if (word.Equals(naming, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A reporting cue found in a sentence: its tokens [Start, End).</summary>
    private readonly record struct CueHit(int Start, int End, CueEntry Entry, bool Negated);

    /// <summary>An attribution being built: token spans of its source and content.</summary>
    private sealed class Attribution(CueHit cue)
    {
        public CueHit Cue { get; } = cue;

        public int SourceStart { get; set; } = -1;

        public int SourceEnd { get; set; } = -1;

        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        public int RegionStart { get; set; }

        public bool Forward { get; set; }

        public bool Coordinate { get; set; }

        public Attribution? Parent { get; set; }

        public bool HasChild { get; set; }

        public bool Dropped { get; set; }

        public string Stance { get; set; } = Stances.Assert;

        public List<(int Start, int End, CueHit Cue)> Inner { get; } = [];

        public List<SourceLink> Links { get; } = [];
    }
}
