namespace Triangulate.Core.Claims;

/// <summary>Content spans of attributions, and how attributions nest.</summary>
internal sealed partial class ClaimScanner
{
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

    /// <summary>Whether a closing quote at <paramref name="p"/> ends a short quoted name: Norway’s “Morning Ledger”.</summary>
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
}
