using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>Finding cues and building attributions (source, cue, content) within one sentence.</summary>
internal sealed partial class ClaimScanner
{
    private void BuildAttributions(List<CueHit> cues, int first, int end, List<Attribution> attributions)
    {
        var clauseStart = first;
        foreach (var cue in cues)
        {
            Attribution? attribution = cue.Entry.Kind switch
            {
                CueKind.According => BuildAccording(cue, clauseStart, end),
                CueKind.Verb => BuildVerb(cue, clauseStart, end, cues) ?? TreeAttribution(cue, first, end),
                CueKind.Attitude => BuildVerb(cue, clauseStart, end, cues),
                CueKind.Participle => BuildParticiple(cue, first, end, attributions),
                _ => null,
            };
            if (attribution is null || (cue.Entry.Kind is CueKind.Verb or CueKind.Attitude && !IsPlausibleSource(attribution)))
            {
                continue;
            }

            RefineFromTree(attribution);
            attributions.Add(attribution);
            if (!attribution.Forward)
            {
                clauseStart = Math.Max(clauseStart, Math.Max(attribution.Cue.End, attribution.SourceEnd));
            }
        }

        AddLearnedCues(first, end, cues, attributions);
        AttachCitings(cues, end, attributions);

        // A cue left without content ("... would not answer questions") reports nothing and nests nothing, unless
        // it introduces a quotation on the next line ("She told reporters:").
        foreach (var empty in attributions)
        {
            if (empty.ContentEnd > empty.ContentStart || (empty.Cue.End < end && IsPunct(empty.Cue.End, ':')))
            {
                continue;
            }

            // Its clause still ends the content of an attribution it stands in ("called it fake after X acknowledged").
            foreach (var outer in attributions)
            {
                if (outer.Forward && empty.RegionStart > outer.ContentStart && empty.RegionStart < outer.ContentEnd)
                {
                    outer.ContentEnd = empty.RegionStart;
                }
            }
        }

        attributions.RemoveAll(a => a.ContentEnd <= a.ContentStart && !(a.Cue.End < end && IsPunct(a.Cue.End, ':')));
        Nest(attributions);
        foreach (var attribution in attributions)
        {
            attribution.Stance = StanceOf(attribution);
            if (attribution.Antecedent is var (antecedentStart, antecedentEnd))
            {
                var named = LinksFor(antecedentStart, antecedentEnd, attribution.Cue);
                var who = LinksFor(attribution.SourceStart, attribution.SourceEnd, attribution.Cue);
                if (named.Count > 0 && who.Count > 0)
                {
                    attribution.Links.Add(who[0] with { Resolved = SourceChainFormatter.Describe(named[^1]), Anonymous = named[^1].Anonymous });
                }
            }
            else
            {
                attribution.Links.AddRange(LinksFor(attribution.SourceStart, attribution.SourceEnd, attribution.Cue));
            }

            foreach (var (start, stop, cue) in attribution.Inner)
            {
                attribution.Links.AddRange(LinksFor(start, stop, cue));
            }
        }

        AddActs(first, end, attributions);
    }

    /// <summary>
    /// "CONTENT, the officials told the paper.": a verb taking a recipient ends the clause when only a short noun
    /// phrase (and perhaps a time) follows it, with no "that", colon or quotation opening a content of its own.
    /// </summary>
    private bool EndsWithRecipient(CueHit cue, int end)
    {
        const int MaxRecipientTokens = 7;
        if (!_lexicon.RecipientVerbs.Contains(_text, _tokens[cue.End - 1]) || end - cue.End > MaxRecipientTokens)
        {
            return false;
        }

        for (var j = cue.End; j < end; j++)
        {
            if (IsWord(j, "that") || IsOpeningQuote(j) || IsPunct(j, ':', ';') || _lexicon.Cues.Match(_text, _tokens, j, end).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb's source is a noun phrase: one that opens with a preposition ("up from the 40 reported in May") or ends
    /// with a bare number is a participle qualifying an amount ("the 40 reported"), not someone reporting.
    /// </summary>
    private bool IsPlausibleSource(Attribution attribution)
    {
        if (attribution.SourceEnd <= attribution.SourceStart || attribution.Antecedent is not null)
        {
            return true;
        }

        var firstWord = _tokens[attribution.SourceStart];
        var first = _text.AsSpan(firstWord.Start, firstWord.End - firstWord.Start).ToString().ToLowerInvariant();
        var last = attribution.SourceEnd - 1;
        var lastWord = _tokens[last];

        // "the 40 reported": a determiner and a bare number ("Group of 20 said" stays a source).
        var bareNumber = char.IsAsciiDigit(_text[lastWord.Start]) && last - 1 >= attribution.SourceStart && In(_lexicon.Determiners, last - 1);
        return !NonSourceOpeners.Contains(first) && !bareNumber;
    }

    private static readonly HashSet<string> NonSourceOpeners = new(StringComparer.Ordinal)
    {
        "up", "down", "from", "than", "since", "compared",
    };

    /// <summary>Whether a "that" clause, a colon or a quotation follows within a few tokens of a cue.</summary>
    private bool IntroducesClause(int k, int end)
    {
        for (var j = k; j < end && j < k + 5; j++)
        {
            if (IsWord(j, "that") || IsPunct(j, ':') || QuoteDirection(j) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private Attribution? BuildVerb(CueHit cue, int clauseStart, int end, List<CueHit> cues)
    {
        var p = cue.Start - 1;
        while (p >= clauseStart && (In(_lexicon.BetweenSourceAndCue, p) || IsLyAdverb(p) || IsTimeAdverbial(p, clauseStart) || IsWord(p, "just") ||
            IsAdverbOrAuxiliary(p)))
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

        if (IsWordToken(p) && (IsWord(p, "who") || IsWord(p, "which")) && p - 1 > clauseStart)
        {
            // "an architect who said ...", "Smith, who said ...": the relative pronoun's antecedent speaks.
            var antecedent = IsPunct(p - 1, ',') ? p - 2 : p - 1;
            if (IsWordToken(antecedent))
            {
                // The source is written as "who"; it resolves to the antecedent, like any anaphor.
                attribution.Antecedent = BackNounPhrase(antecedent, clauseStart);
                attribution.SourceStart = p;
                attribution.SourceEnd = p + 1;
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
            !IsLyAdverb(p - 1) && !In(_lexicon.TimeWords, p - 1) && !In(_lexicon.AdverbialOpeners, p - 1))
        {
            // "the policies she supported", "the loopholes he cited": a relative clause, not a report.
            return null;
        }

        if (IsWordToken(p) || IsQuotedName(p, clauseStart))
        {
            var (sourceStart, sourceEnd) = BackNounPhrase(p, clauseStart);
            if (sourceEnd - sourceStart == 1 && In(_lexicon.Determiners, sourceStart))
            {
                // "a swiftly called meeting": an adjective, not a report.
                return null;
            }

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
                if (IsWord(before, "as") && region > clauseStart && (attribution.ContentEnd <= attribution.ContentStart || cue.End >= end))
                {
                    // "..., as police have said.": the clause before "as" is what they said.
                    attribution.Forward = false;
                    attribution.ContentStart = clauseStart;
                    attribution.ContentEnd = region;
                    attribution.RegionStart = clauseStart;
                }

                return attribution;
            }

            // A quotation just before the source is its content, whatever follows the cue ("“...,” he told
            // reporters after the meeting"), unless a clause of its own follows.
            var quotedBefore = before >= clauseStart &&
                (IsClosingQuote(before) || (IsPunct(before, ',') && before - 1 >= clauseStart && IsClosingQuote(before - 1)));
            var cueEndsClause = EndsClause(cue.End, end) || (quotedBefore && !IntroducesClause(cue.End, end)) || EndsWithRecipient(cue, end);
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
        var words = 0;
        while (stop < end && !IsPunct(stop, ',') && words < 10)
        {
            // "said Rep. Jane Doe (D-N.C.), head of ...": a parenthesis inside the name counts as one word.
            stop = IsPunct(stop, '(') && ClosingParenthesis(stop, end) is var close and > 0 ? close + 1 : stop + 1;
            words++;
        }

        var quoteBefore = IsClosingQuote(p) || (p - 1 >= clauseStart && IsClosingQuote(p - 1));
        if (stop > after && (stop == end || IsPunct(stop, ',')) &&
            (IsCapitalized(after) || In(_lexicon.Determiners, after) || In(_lexicon.Pronouns, after)) &&
            (quoteBefore || (stop - after <= 6 && (IsCapitalized(stop - 1) || In(_lexicon.AnonymousHeads, stop - 1)))) &&
            !In(_lexicon.TimeWords, after))
        {
            attribution.SourceStart = after;
            attribution.SourceEnd = stop;
            if (stop < end && IsPunct(stop, ',') && IsTrailingApposition(stop + 1, end, cues))
            {
                // "..., said Petra Lind, the trade minister.", "..., said Jo Doe, who heads the institute."
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
        // "Trump, speaking to veterans, said", "Clinton, at Monday's debate, cited": a participle or an adverbial set
        // off by commas tells where or how the speaker spoke; an apposition ("Jane Doe, the minister,") names them.
        attribution.SourceEnd = isCiting || IsParentheticalAdverbial(comma + 1) ? outerEnd : p;
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
}
