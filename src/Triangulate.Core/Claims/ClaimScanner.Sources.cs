using Triangulate.Core.Entities;

namespace Triangulate.Core.Claims;

/// <summary>Source noun phrases, source links, anonymity and anaphora.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// The noun phrase that ends at token <paramref name="last"/>, read backwards: names, titles, determiners,
    /// possessives, quoted names and prepositional parts ("a spokesman for the ministry"), up to a clause boundary.
    /// </summary>
    private (int Start, int End) BackNounPhrase(int last, int clauseStart)
    {
        if (In(_lexicon.Pronouns, last))
        {
            return (last, last + 1);
        }

        var start = last;
        var j = last;
        while (j >= clauseStart && last - j < 12)
        {
            if (!IsWordToken(j))
            {
                if (IsPunct(j, '\u201C', '\u201D', '"', '-', '&', '.', '\u2019', '\'', '/'))
                {
                    j--;
                    continue;
                }

                if (IsPunct(j, ')') && MatchingParenthesis(j, clauseStart) is var open and >= 0 && j - open <= 8)
                {
                    // "Rep. Jane Doe (D-Wis.) said": a parenthesis inside the name.
                    j = open - 1;
                    continue;
                }

                break;
            }

            if (j != last && In(_lexicon.ClauseStops, j))
            {
                // "Chile and Peru": a conjunction between two names stays in the phrase.
                var joinsNames = IsWord(j, "and") && j - 1 >= clauseStart && IsCapitalized(j - 1) && IsCapitalized(j + 1);
                if (!joinsNames)
                {
                    break;
                }
            }

            if (j != last && _lexicon.Cues.Match(_text, _tokens, j, j + 1).Length > 0 && !IsCapitalized(j))
            {
                break;
            }

            start = j;
            if (In(_lexicon.Determiners, j))
            {
                if (j - 2 >= clauseStart && In(_lexicon.NounPhrasePrepositions, j - 1) && IsWordToken(j - 2) &&
                    !In(_lexicon.ClauseStops, j - 2))
                {
                    j -= 1;
                    continue;
                }

                break;
            }

            j--;
        }

        // A phrase never starts with a preposition or a stray closing mark.
        while (start < last && (In(_lexicon.NounPhrasePrepositions, start) || IsPunct(start, '\u201D', '-', '.', '&', '\u2019')))
        {
            start++;
        }

        return (start, last + 1);
    }

    private int MatchingParenthesis(int close, int clauseStart)
    {
        for (var j = close - 1; j >= clauseStart; j--)
        {
            if (IsPunct(j, '('))
            {
                return j;
            }

            if (IsPunct(j, ')', ',', ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject at the start of a clause, read forwards: an optional opening adverbial up to a comma is skipped,
    /// then names, determiners with up to three words after them, possessives and "of" between names.
    /// </summary>
    private (int Start, int End) SubjectNounPhrase(int first, int limit)
    {
        var start = first;
        for (var j = first; j < limit && j < first + 5; j++)
        {
            if (IsPunct(j, ','))
            {
                start = j + 1;
                break;
            }
        }

        var end = start;
        var afterDeterminer = 0;
        while (end < limit && end - start < 10)
        {
            if (In(_lexicon.Pronouns, end) && end == start)
            {
                return (start, end + 1);
            }

            if (In(_lexicon.Determiners, end) && end == start)
            {
                afterDeterminer = 3;
            }
            else if (IsCapitalized(end) || IsWord(end, "'s") || IsWord(end, "\u2019s") || IsPunct(end, '.', '-') ||
                (IsWord(end, "of") && end + 1 < limit && IsCapitalized(end + 1)))
            {
                // part of a name
            }
            else if (afterDeterminer > 0 && IsWordToken(end) && !In(_lexicon.ClauseStops, end) && !In(_lexicon.Auxiliaries, end))
            {
                afterDeterminer--;
            }
            else
            {
                break;
            }

            end++;
        }

        return (start, end);
    }

    private bool HasOpeningQuote(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (QuoteDirection(i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The links for one source span: one, or two for a descriptor of an outlet ("sources of the paper").</summary>
    private List<SourceLink> LinksFor(int start, int end, CueHit cue)
    {
        var links = new List<SourceLink>(2);
        if (start < 0 || end <= start)
        {
            return links;
        }

        while (end > start && (IsPunct(end - 1, ',', '\u2014', ':', '.') || (IsClosingQuote(end - 1) && !HasOpeningQuote(start, end - 1))))
        {
            end--;
        }

        // "But Mr. Grassley and Mr. Leahy", "David Axelrod on Wednesday": the conjunction and the time are not the source.
        while (end - start > 1 && (IsCoordinator(start) || IsClosingQuote(start)))
        {
            start++;
        }

        // A participle keeps its time ("a filing published on Thursday" names the filing).
        if (end - start > 2 && (IsWord(end - 2, "on") || IsWord(end - 2, "this") || IsWord(end - 2, "last")) && In(_lexicon.TimeWords, end - 1) &&
            !_text.AsSpan(_tokens[end - 3].Start, _tokens[end - 3].Length).EndsWith("ed", StringComparison.Ordinal))
        {
            end -= 2;
        }

        var cueStart = _tokens[cue.Start].Start;
        var cueEnd = _tokens[cue.End - 1].End;
        var cueText = _text[cueStart..cueEnd];

        // "the interlocutors of the publication": the outlet first, then its anonymous people.
        for (var i = start + 1; i < end - 1; i++)
        {
            if ((IsWord(i, "of") || IsWord(i, "at") || IsWord(i, "from") || IsWord(i, "close")) && IsAnonymous(start, i))
            {
                var inner = MakeLink(i + 1, end, cueText, cueStart, cueEnd);
                if (inner.Resolved is not null || IsOutletSpan(i + 1, end) is not null)
                {
                    links.Add(inner);
                    links.Add(MakeLink(start, end, cueText, cueStart, cueEnd) with { Anonymous = true, Resolved = null });
                    return links;
                }

                break;
            }
        }

        var link = MakeLink(start, end, cueText, cueStart, cueEnd);
        links.Add(ClosesApposition(start, end) ? link with { End = _tokens[end].End, Text = _text[link.Start.._tokens[end].End] } : link);
        return links;
    }

    /// <summary>
    /// A descriptor with an anonymous head ("a senior official", "local media in the region", "sources") that
    /// names nobody: no person mention in it, and no capitalised name after the head except in a prepositional part.
    /// </summary>
    private bool IsAnonymous(int start, int end)
    {
        var head = -1;
        for (var i = start; i < end; i++)
        {
            if (IsPunct(i, ','))
            {
                return false;
            }

            if (head < 0 && In(_lexicon.AnonymousHeads, i))
            {
                head = i;
            }
            else if (head >= 0 && In(_lexicon.NounPhrasePrepositions, i))
            {
                break;
            }
            else if (head >= 0 && IsCapitalized(i))
            {
                return false;
            }
        }

        if (head < 0)
        {
            return false;
        }

        var charStart = _tokens[start].Start;
        var charEnd = _tokens[end - 1].End;
        for (var m = FirstMentionEndingAfter(charStart); m < _mentions.Count && _mentions[m].Start < charEnd; m++)
        {
            if (_mentions[m].Type == EntityTypes.Person && _mentions[m].End > charStart)
            {
                return false;
            }
        }

        return true;
    }
}
