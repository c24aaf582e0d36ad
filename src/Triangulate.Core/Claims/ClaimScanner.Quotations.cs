using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>Quotations: open quotes across sentences, speakers named after a dash or in a bare "she said" line.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// +1 for a mark that opens a quotation, -1 for one that closes it, 0 for none. Curly and angle quotes say which
    /// they are; a straight quote (or a doubled apostrophe) opens after a space or the start of the text and closes
    /// otherwise.
    /// </summary>
    private int QuoteDirection(int i)
    {
        var t = _tokens[i];
        if (t.Kind != TokenKind.Punctuation)
        {
            return 0;
        }

        var c = _text[t.Start];
        switch (c)
        {
            case '\u201C' or '\u00AB':
                return 1;
            case '\u201D' or '\u00BB':
                // A closing mark used as an opener at the start of a line or after a space: ”Fear.
                return (t.Start == 0 || char.IsWhiteSpace(_text[t.Start - 1])) && t.End < _text.Length && char.IsLetter(_text[t.End]) ? 1 : -1;
            case '"':
                break;
            case '\'' when i + 1 < _tokens.Count && IsPunct(i + 1, '\'') && _tokens[i + 1].Start == t.End:
                break;
            default:
                return 0;
        }

        var before = t.Start == 0 ? ' ' : _text[t.Start - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-' ? 1 : -1;
    }

    private bool IsDashLine(int first, int end) =>
        end - first >= 2 && DashNameEnd(first, end) - first <= 8 && IsPunct(first, '\u2015', '\u2014') &&
        IsCapitalized(first + 1) && _pendingQuoted.Count > 0;

    /// <summary>The end of the name after a dash: the sentence end or the opening quote of the next quotation.</summary>
    private int DashNameEnd(int first, int end)
    {
        var i = first + 1;
        while (i < end && !IsOpeningQuote(i))
        {
            i++;
        }

        return i;
    }

    private int AttributeDashLine(int first, int end)
    {
        var nameEnd = DashNameEnd(first, end);
        var cue = new CueHit(first, first + 1, new CueEntry(Stances.Assert, CueKind.Verb), Negated: false);
        AttributePending(LinksFor(first + 1, nameEnd, cue), Stances.Assert);
        return nameEnd;
    }

    private void AttributePending(List<SourceLink> chain, string stance)
    {
        if (chain.Count == 0)
        {
            return;
        }

        foreach (var (claim, start, stop) in _pendingQuoted)
        {
            _claims[claim] = _claims[claim] with { SourceChain = chain, Stance = stance, Modality = Modality(start, stop, attributed: true) };
        }

        _pendingQuoted.Clear();
        RememberChain(chain);
        _speakerChain = chain;
        _speakerStance = stance;
    }

    /// <summary>A sentence that is only "Source said" (and perhaps a short adverbial).</summary>
    private bool IsBareAttribution(List<CueHit> cues, int first, int end)
    {
        if (cues.Count != 1 || cues[0].Entry.Kind != CueKind.Verb || cues[0].Start == first || cues[0].Start - first > 8)
        {
            return false;
        }

        for (var i = first; i < cues[0].Start; i++)
        {
            if (IsPunct(i, ',', ':', ';'))
            {
                return false;
            }
        }

        return end - cues[0].End <= 5;
    }

    private void UpdateQuoteState(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var t = _tokens[i];
            if (t.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var direction = QuoteDirection(i);
            if (direction != 0)
            {
                _inQuote = direction > 0;
                if (_text[t.Start] == '\'')
                {
                    i++;
                }
            }
        }

        // A quotation left open for many sentences is a stray mark, not a quotation.
        if (_inQuote && ++_quotedSentences > 20)
        {
            _inQuote = false;
        }
    }

    // A standalone apostrophe token is a quotation mark: ''like this'' in some house styles.
    private bool IsOpeningQuote(int i) => IsPunct(i, '\u201C', '"', '\u00AB', '\'', '\u2018');

    private bool IsClosingQuote(int i) => IsPunct(i, '\u201D', '"', '\u00BB', '\'', '\u2019');

    private bool ClosesQuote(int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (IsClosingQuote(i))
            {
                return true;
            }
        }

        return false;
    }
}
