namespace Triangulate.Core.Claims;

/// <summary>
/// The reported content's span as attribution corpora (PolNeAR) mark it, kept apart from the claim's readable text:
/// the complementizer belongs to the content ("reports | that the team avoided ..."), and so does a conjunction that
/// opens the sentence ("But a campaign operative decided ..., a source said"); a quotation of several sentences told by
/// one cue is one content.
/// </summary>
internal sealed partial class ClaimScanner
{
    /// <summary>The first token of the content whose claim starts at <paramref name="start"/>.</summary>
    private int ContentOpener(int start, int first, Attribution attribution)
    {
        var before = start - 1;
        if (before < first)
        {
            return start;
        }

        if (attribution.Forward && IsWord(before, "that") && before >= attribution.Cue.End)
        {
            return before;
        }

        return !attribution.Forward && before == first && IsCoordinator(before) ? before : start;
    }

    /// <summary>
    /// Claims in a row told through the same cue (the sentences of one quotation, "said A and that B") share one
    /// content span, from the first one's start to the last one's end.
    /// </summary>
    private void WholeQuotationContents()
    {
        var runStart = 0;
        for (var c = 1; c <= _claims.Count; c++)
        {
            if (c < _claims.Count && _claims[c].Start >= _claims[c - 1].End && SameCue(_claims[c - 1], _claims[c]) && NoDashLineBetween(_claims[c - 1], _claims[c]))
            {
                continue;
            }

            if (c - runStart > 1)
            {
                var start = int.MaxValue;
                var end = 0;
                for (var k = runStart; k < c; k++)
                {
                    start = Math.Min(start, _claims[k].ContentStart >= 0 ? _claims[k].ContentStart : _claims[k].Start);
                    end = Math.Max(end, _claims[k].End);
                }

                for (var k = runStart; k < c; k++)
                {
                    _claims[k] = _claims[k] with { ContentStart = start, ContentEnd = end };
                }
            }

            runStart = c;
        }
    }

    /// <summary>
    /// Whether no dash line stands between them: "“A.” ― Sonya Herridge “B.”" are two accounts, while "“A,” said X of
    /// the election. “B.”" is one.
    /// </summary>
    private bool NoDashLineBetween(Claim a, Claim b)
    {
        for (var i = a.End; i < b.Start; i++)
        {
            if (_text[i] == '\u2015')
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameCue(Claim a, Claim b) =>
        a.SourceChain.Count > 0 && b.SourceChain.Count > 0 && a.SourceChain[^1].CueStart >= 0 &&
        a.SourceChain[^1].CueStart == b.SourceChain[^1].CueStart && a.SourceChain[^1].CueEnd == b.SourceChain[^1].CueEnd;
}
