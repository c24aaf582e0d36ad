namespace Triangulate.Core.Text;

/// <summary>Comparisons on the text of one token, shared by the recognisers that walk the token layer.</summary>
internal static class TokenText
{
    /// <summary>Whether <paramref name="word"/> equals one of <paramref name="words"/>, ignoring case.</summary>
    public static bool EqualsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the sentence holding token <paramref name="token"/>, or -1; by binary search.</summary>
    public static int SentenceOf(IReadOnlyList<Sentence> sentences, int token)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (token < sentences[mid].FirstToken)
            {
                hi = mid - 1;
            }
            else if (token >= sentences[mid].FirstToken + sentences[mid].TokenCount)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the first token that ends after <paramref name="offset"/> (the token holding it, or the next one),
    /// or the token count when none does; by binary search, as tokens are in text order.
    /// </summary>
    public static int IndexAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
