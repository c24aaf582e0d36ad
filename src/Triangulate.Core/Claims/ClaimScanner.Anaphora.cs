using Triangulate.Core.Entities;

namespace Triangulate.Core.Claims;

/// <summary>Source links: anonymity, outlets and people remembered for anaphors, and their resolution.</summary>
internal sealed partial class ClaimScanner
{
    private string? _lastOutlet;
    private string? _lastPerson;
    private SourceLink? _lastSource;

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

    /// <summary>The outlet's name when the span reads as an outlet ("British channel Metro News"), else null.</summary>
    private string? IsOutletSpan(int start, int end)
    {
        var hasOutletWord = false;
        for (var i = start; i < end; i++)
        {
            hasOutletWord |= In(_lexicon.OutletWords, i);
        }

        return hasOutletWord ? CapitalizedRun(start, end) : null;
    }

    /// <summary>The last run of capitalised tokens in the span ("Metro News"), skipping a leading article.</summary>
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
