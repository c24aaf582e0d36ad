namespace Triangulate.Core.Claims;

/// <summary>The attribution forms besides reporting verbs: colons, "according to", participles and "citing".</summary>
internal sealed partial class ClaimScanner
{
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
            // The appositive must close with a comma of its own: a clause that runs on ("according to X, the agency
            // signed a contract ...") is the content, even when it is longer than the appositive window.
            if (next < end && IsPunct(next, ',') && In(_lexicon.Determiners, sourceEnd + 1) && !HasAuxiliary(sourceEnd + 1, next))
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
}
