using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Finds names from the lexicon's lists in running text (outlets as MEDIA, places as GPE, nationalities as NORP):
/// the longest entry starting at a capitalised token, up to five tokens. Used for names the recogniser missed.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxTokens = 5;
    private readonly EntityLexicon _lexicon;

    // The first words of all entries, with the most words an entry starting with it has: most tokens start none.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    public PhraseMatcher(EntityLexicon lexicon)
    {
        _lexicon = lexicon;
        var firstWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.Outlets.Concat(lexicon.Places).Concat(lexicon.Nationalities))
        {
            var words = entry.Split(' ');
            firstWords[words[0]] = Math.Max(firstWords.GetValueOrDefault(words[0]), words.Length);
        }

        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The length in tokens and type of the longest entry starting at <paramref name="first"/>, or (0, "").</summary>
    public (int Length, string Type) Match(string text, IReadOnlyList<Token> tokens, int first, bool[] taken)
    {
        var start = tokens[first];
        if (start.Kind != TokenKind.Word || !char.IsUpper(text[start.Start]) ||
            !_firstWords.TryGetValue(text.AsSpan(start.Start, start.Length), out var longest))
        {
            return (0, string.Empty);
        }

        for (var length = Math.Min(Math.Min(MaxTokens, longest), tokens.Count - first); length >= 1; length--)
        {
            if (taken[first + length - 1])
            {
                continue;
            }

            var phrase = EntityTyper.Words(text, tokens, first, first + length);
            var type = _lexicon.Outlets.Contains(phrase) ? EntityTypes.Media
                : _lexicon.Places.Contains(phrase) ? EntityTypes.Gpe
                : _lexicon.Nationalities.Contains(phrase) ? EntityTypes.Norp
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
        var list = type == EntityTypes.Media ? _lexicon.Outlets : type == EntityTypes.Gpe ? _lexicon.Places : _lexicon.Nationalities;
        return list.TryGetValue(word, out var entry) && string.Equals(entry, word, StringComparison.Ordinal);
    }
}
