namespace Triangulate.Core.Claims;

/// <summary>Modality of a claim's tokens.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// The modality of tokens [start, end): for the author's own claims, opinion when they hold an opinion cue or
    /// are a question; otherwise the first modality cue ("plans to", "expected", "may"), else fact.
    /// </summary>
    private string Modality(int start, int end, bool attributed)
    {
        if (!attributed)
        {
            var last = end - 1;
            while (last > start && IsClosingQuote(last))
            {
                last--;
            }

            if (IsPunct(last, '?') || _lexicon.Opinion.FindFirst(_text, _tokens, start, end).Index >= 0)
            {
                return Modalities.Opinion;
            }
        }

        var (index, modality) = _lexicon.Modality.FindFirst(_text, _tokens, start, end);
        return index >= 0 && modality is not null ? modality : Modalities.Fact;
    }
}
