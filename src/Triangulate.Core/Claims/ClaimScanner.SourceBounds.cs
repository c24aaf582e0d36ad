using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>
/// Where a source phrase ends, as attribution corpora (PolNeAR) mark it: an apposition and a relative clause belong to
/// it, with the comma that closes them; a participle or adverbial set off by commas does not.
/// </summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// "Jane Doe, the trade minister, said": a phrase holding a comma of its own is bracketed by the comma after it,
    /// which closes the apposition and belongs to the phrase's span and text, as attribution corpora mark it (a reader
    /// sees it without, <see cref="SourceChainFormatter.Describe"/>). A phrase without a comma ("Trump, speaking to
    /// veterans, said") ends before the comma.
    /// </summary>
    private bool ClosesApposition(int start, int end)
    {
        if (end >= _tokens.Count || !IsPunct(end, ','))
        {
            return false;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (IsPunct(i, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether tokens [start, end) after "said NAME," describe the speaker to the end of the sentence: an apposition
    /// ("the trade minister", "now a consultant", "head of the caucus") or a relative clause ("who heads the
    /// institute"), not a participle or adverbial of the report ("adding that ...", "in a statement") or another report.
    /// </summary>
    private bool IsTrailingApposition(int start, int end, List<CueHit> cues)
    {
        if (start >= end || cues.Exists(c => c.Start >= start && c.Start < end) || IsOpeningQuote(start))
        {
            return false;
        }

        if (IsWord(start, "who") || IsWord(start, "whose") || In(_lexicon.Determiners, start))
        {
            return true;
        }

        if (_syntax is null)
        {
            return false;
        }

        // Without a determiner ("head of the caucus", "now a consultant", "R-Ky."), the parser's word class decides.
        var pos = _syntax[start].Pos;
        return pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM ||
            (pos == UniversalPos.ADV && IsWord(start, "now"));
    }

    /// <summary>The ")" closing the parenthesis opened at <paramref name="open"/> within 8 tokens, or -1.</summary>
    private int ClosingParenthesis(int open, int end)
    {
        for (var j = open + 1; j < end && j <= open + 8; j++)
        {
            if (IsPunct(j, ')'))
            {
                return j;
            }

            if (IsPunct(j, '(', ',', ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the phrase at <paramref name="t"/> is a participle, prepositional phrase or adverb, not an apposition.</summary>
    private bool IsParentheticalAdverbial(int t) =>
        _syntax is not null && t < _tokens.Count && _syntax[t].Pos is UniversalPos.VERB or UniversalPos.ADP or UniversalPos.ADV or UniversalPos.SCONJ &&
        !IsWord(t, "now");

    /// <summary>
    /// "Mr. Obama often says", "Trump has often cited", "The campaign did not immediately respond": an adverb, an
    /// auxiliary or a negation between the source and its cue belongs to neither phrase's noun.
    /// </summary>
    private bool IsAdverbOrAuxiliary(int t) =>
        _syntax is not null && IsLowercaseWord(t) && (_syntax[t].Pos is UniversalPos.ADV or UniversalPos.AUX || (_syntax[t].Pos == UniversalPos.PART && In(_lexicon.Negators, t)));
}
