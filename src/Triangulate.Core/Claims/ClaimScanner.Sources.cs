using Triangulate.Core.Entities;

namespace Triangulate.Core.Claims;

/// <summary>Source noun phrases, source links, anonymity and anaphora.</summary>
internal sealed partial class ClaimScanner
{
    private string? _lastOutlet;
    private string? _lastPerson;
    private SourceLink? _lastSource;

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
                if (IsPunct(j, '\u201C', '\u201D', '"', '-', '&', '.', '\u2019'))
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
                // "Russia and Iran": a conjunction between two names stays in the phrase.
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

    /// <summary>The links for one source span: one, or two for a descriptor of an outlet ("sources of the paper").</summary>
    private List<SourceLink> LinksFor(int start, int end, CueHit cue)
    {
        var links = new List<SourceLink>(2);
        if (start < 0 || end <= start)
        {
            return links;
        }

        while (end > start && IsPunct(end - 1, ',', '\u2014', ':'))
        {
            end--;
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

        links.Add(MakeLink(start, end, cueText, cueStart, cueEnd));
        return links;
    }

    private SourceLink MakeLink(int start, int end, string cue, int cueStart, int cueEnd)
    {
        var charStart = _tokens[start].Start;
        var charEnd = _tokens[end - 1].End;
        var text = _text[charStart..charEnd];
        string? resolved = null;
        var anonymous = false;

        var (anaphorLength, kind) = _lexicon.Anaphors.Match(_text, _tokens, start, end);
        if (anaphorLength == end - start)
        {
            resolved = kind switch
            {
                "outlet" => LastMentionOfType(EntityTypes.Media, charStart) ?? _lastOutlet,
                "person" => _lastPerson ?? LastMentionOfType(EntityTypes.Person, charStart),
                _ => _lastSource is { } previous ? SourceChainFormatter.Describe(previous) : null,
            };
        }
        else if (IsAnonymous(start, end))
        {
            anonymous = true;
        }
        else
        {
            Remember(start, end, charStart, charEnd);
        }

        var link = new SourceLink(text, cue, charStart, charEnd, resolved, anonymous, cueStart, cueEnd);
        if (resolved is not null && kind == "person")
        {
            _lastPerson = resolved;
        }

        return link;
    }

    /// <summary>Keeps the last outlet and the last person speaking, for anaphors later in the document.</summary>
    private void Remember(int start, int end, int charStart, int charEnd)
    {
        for (var m = FirstMentionEndingAfter(charStart); m < _mentions.Count && _mentions[m].Start < charEnd; m++)
        {
            var mention = _mentions[m];
            if (mention.End > charStart)
            {
                if (mention.Type == EntityTypes.Media)
                {
                    _lastOutlet = mention.Canonical;
                    return;
                }

                if (mention.Type == EntityTypes.Person)
                {
                    _lastPerson = mention.Canonical;
                    return;
                }
            }
        }

        if (IsOutletSpan(start, end) is { } outlet)
        {
            _lastOutlet = outlet;
            return;
        }

        if (_mentions.Count == 0 && CapitalizedRun(start, end) is { } name && (name.Contains(' ', StringComparison.Ordinal) || name == _lastPerson?.Split(' ')[^1]))
        {
            // Without an entity stage, a multi-word capitalised name that is no outlet is taken for a person.
            _lastPerson = name;
        }
    }

    /// <summary>The outlet's name when the span reads as an outlet ("British channel Sky News"), else null.</summary>
    private string? IsOutletSpan(int start, int end)
    {
        var hasOutletWord = false;
        for (var i = start; i < end; i++)
        {
            hasOutletWord |= In(_lexicon.OutletWords, i);
        }

        return hasOutletWord ? CapitalizedRun(start, end) : null;
    }

    /// <summary>The last run of capitalised tokens in the span ("Sky News"), skipping a leading article.</summary>
    private string? CapitalizedRun(int start, int end)
    {
        var runEnd = -1;
        var runStart = -1;
        for (var i = end - 1; i >= start; i--)
        {
            var capital = IsCapitalized(i) || (runEnd >= 0 && (IsPunct(i, '\u201C', '\u201D', '"') || IsWord(i, "of")));
            if (capital && runEnd < 0)
            {
                runEnd = i + 1;
            }

            if (!capital && runEnd >= 0)
            {
                break;
            }

            if (capital)
            {
                runStart = i;
            }
        }

        while (runStart >= 0 && runStart < runEnd && (IsWord(runStart, "the") || !IsWordToken(runStart) || IsWord(runStart, "of")))
        {
            runStart++;
        }

        while (runEnd > runStart && runStart >= 0 && !IsWordToken(runEnd - 1))
        {
            runEnd--;
        }

        return runStart >= 0 && runEnd > runStart ? _text[_tokens[runStart].Start.._tokens[runEnd - 1].End] : null;
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

    private string? LastMentionOfType(string type, int before)
    {
        for (var m = Math.Min(FirstMentionEndingAfter(before), _mentions.Count - 1); m >= 0; m--)
        {
            if (_mentions[m].Start < before && _mentions[m].Type == type)
            {
                return _mentions[m].Canonical;
            }
        }

        return null;
    }

    /// <summary>
    /// Index of the first mention (in text order) that ends after <paramref name="offset"/>: a binary search on the
    /// starts, then back over mentions that reach past the offset, so that long documents stay linear.
    /// </summary>
    private int FirstMentionEndingAfter(int offset)
    {
        int low = 0, high = _mentions.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_mentions[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        while (low > 0 && _mentions[low - 1].End > offset)
        {
            low--;
        }

        return low;
    }

    private void RememberChain(IReadOnlyList<SourceLink> chain)
    {
        if (chain.Count > 0)
        {
            _lastSource = chain[^1].Resolved is null && chain[^1].Anonymous && chain.Count > 1 ? chain[^2] : chain[^1];
        }
    }
}
