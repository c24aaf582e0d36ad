using Triangulate.Core.Text;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// What capitalised words were tagged as earlier in one document: a name tagged with confidence in one sentence
/// helps tag it in a headline or an ambiguous context later (a non-local feature, after Ratinov and Roth, 2009).
/// Keyed by the lower-cased word, so that "JAPAN" in a headline (tagged after the body) finds "Japan". Start a new
/// one for each document.
/// </summary>
public sealed class NerHistory
{
    private readonly Dictionary<ulong, byte> _last = [];

    /// <summary>1 + the CoNLL type index this token's word last had in the document, or 0.</summary>
    internal int TypeOf(TokenForms forms, int i) =>
        (forms.Flags[i] & TokenForms.CapitalFlag) != 0 && _last.TryGetValue(forms.Lower[i], out var t) ? t : 0;

    /// <summary>
    /// The order to tag a document's sentences in: those in mixed case first, in order, then the headlines in capitals,
    /// so that a headline's words find what the body tagged them as (history is keyed by the lower-cased word).
    /// </summary>
    internal static int[] TaggingOrder(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var order = new int[sentences.Count];
        var n = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!TokenForms.IsHeadline(text, tokens.Slice(sentences[s].FirstToken, sentences[s].TokenCount)))
            {
                order[n++] = s;
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            if (TokenForms.IsHeadline(text, tokens.Slice(sentences[s].FirstToken, sentences[s].TokenCount)))
            {
                order[n++] = s;
            }
        }

        return order;
    }

    /// <summary>Remembers the types of the capitalised words of a tagged sentence.</summary>
    internal void Record(TokenForms forms, ReadOnlySpan<byte> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside && (forms.Flags[i] & TokenForms.CapitalFlag) != 0)
            {
                _last[forms.Lower[i]] = (byte)(1 + NerLabels.TypeIndex(labels[i]));
            }
        }
    }
}
