using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Finds names from the lexicon's lists in running text (outlets as MEDIA, places as GPE, nationalities as NORP):
/// the longest entry starting at a capitalised token, up to five tokens. Used for names the recogniser missed.
/// </summary>
internal sealed class PhraseMatcher(EntityLexicon lexicon)
{
    private const int MaxTokens = 5;

    /// <summary>The length in tokens and type of the longest entry starting at <paramref name="first"/>, or (0, "").</summary>
    public (int Length, string Type) Match(string text, IReadOnlyList<Token> tokens, int first, bool[] taken)
    {
        var start = tokens[first];
        if (start.Kind != TokenKind.Word || !char.IsUpper(text[start.Start]))
        {
            return (0, string.Empty);
        }

        for (var length = Math.Min(MaxTokens, tokens.Count - first); length >= 1; length--)
        {
            if (taken[first + length - 1])
            {
                continue;
            }

            var phrase = EntityTyper.Words(text, tokens, first, first + length);
            var type = lexicon.Outlets.Contains(phrase) ? EntityTypes.Media
                : lexicon.Places.Contains(phrase) ? EntityTypes.Gpe
                : lexicon.Nationalities.Contains(phrase) ? EntityTypes.Norp
                : null;

            // A single all-capital or one-letter word ("US" is a place, "AP" an outlet) must match exactly in case.
            if (type is not null && (length > 1 || Exact(phrase, type)))
            {
                return (length, type);
            }
        }

        return (0, string.Empty);
    }

    private bool Exact(string word, string type)
    {
        var list = type == EntityTypes.Media ? lexicon.Outlets : type == EntityTypes.Gpe ? lexicon.Places : lexicon.Nationalities;
        return list.TryGetValue(word, out var entry) && string.Equals(entry, word, StringComparison.Ordinal);
    }
}
