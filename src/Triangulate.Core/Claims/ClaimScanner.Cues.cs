namespace Triangulate.Core.Claims;

/// <summary>Finding the reporting cues of a sentence, skipping noun, passive and relative uses.</summary>
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
        var quoted = _inQuote;
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
            In(_lexicon.DocumentSources, p) ||
            IsClosingQuote(p) || IsPunct(p, ')', ','))
        {
            return true;
        }

        // A plain noun ("one study found", "his supporters believe"), not a verb form ("raising questions",
        // "has faced questions") nor a function word.
        var t = _tokens[p];
        var word = _text.AsSpan(t.Start, t.Length);
        var plural = word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("es");
        return t.Kind == Text.TokenKind.Word && plural && word.Length > 3 && !word.EndsWith("ings") && !word.EndsWith("ed") &&
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
}
