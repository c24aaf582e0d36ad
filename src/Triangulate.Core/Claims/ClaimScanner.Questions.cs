using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>Questions: asked ones are questions, rhetorical ones are statements of opinion.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// A claim whose content is a question: a rhetorical one ("Won't voters still gravitate to them?", "How can it be
    /// right that ...?") asserts the opposite of its words, as an opinion; one the author puts to the reader ("What are
    /// your experiences?") asks, and states nothing; the author's other questions are opinion.
    /// </summary>
    private Claim ReadQuestion(Claim claim, DependencyTree tree, int first, int end)
    {
        if (!IsQuestion(end))
        {
            return claim;
        }

        if (IsRhetorical(tree, first, end))
        {
            var implied = claim.Polarity == Polarities.Negative ? Polarities.Positive : Polarities.Negative;
            return claim.Stance is Stances.Assert or Stances.Question
                ? claim with { Stance = Stances.Assert, Modality = Modalities.Opinion, Polarity = implied }
                : claim;
        }

        // The author's other questions are theirs to answer, an opinion piece's device ("Why were those talks
        // secret?"); one put to the reader ("What are your experiences?") asks.
        return claim.SourceChain.Count > 0 ? claim
            : AddressesReader(first, end) ? claim with { Stance = Stances.Question, Modality = Modalities.Fact }
            : claim with { Stance = Stances.Assert, Modality = Modalities.Opinion };
    }

    private bool AddressesReader(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (_lexicon.IsIn("reader-pronouns", WordAt(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the content ending before token <paramref name="end"/> ends with a question mark (inside quotes or not).</summary>
    private bool IsQuestion(int end)
    {
        var last = end - 1;
        while (last > 0 && IsClosingQuote(last))
        {
            last--;
        }

        return (last >= 0 && IsPunct(last, '?')) || (end < _tokens.Count && IsPunct(end, '?'));
    }

    /// <summary>
    /// The two common forms of a rhetorical question: a negated yes/no question ("Won't voters ...?", "Isn't it ...?")
    /// and a wh-word with a modal that doubts the possibility ("How can it be right ...?", "Who would ...?"); word
    /// classes <c>rhetorical-wh</c> and <c>rhetorical-modal</c>.
    /// </summary>
    private bool IsRhetorical(DependencyTree tree, int first, int end)
    {
        var t = first;
        while (t < end && (IsOpeningQuote(t) || !IsWordToken(t)))
        {
            t++;
        }

        if (t + 1 >= end)
        {
            return false;
        }

        var negatedAuxiliary = tree[t].Pos == UniversalPos.AUX && IsNegationWord(t + 1);
        var doubtingWh = _lexicon.IsIn("rhetorical-wh", WordAt(t)) && _lexicon.IsIn("rhetorical-modal", WordAt(t + 1));

        // "Why did nobody stop it?", "Why doesn't the board act?": asking why not is blaming.
        var whyNot = IsWord(t, "why") && Enumerable.Range(t + 1, end - t - 1).Any(IsNegationWord);
        return negatedAuxiliary || doubtingWh || whyNot;
    }

    private bool IsNegationWord(int t)
    {
        var word = WordAt(t);
        return _lexicon.IsIn("negation", word) || _lexicon.IsIn("negative-words", word) ||
            word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase) ||
            word is "'t" or "\u2019t";
    }
}
