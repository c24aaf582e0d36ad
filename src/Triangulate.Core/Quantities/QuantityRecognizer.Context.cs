using System.Collections.Frozen;
using Triangulate.Core.Text;

namespace Triangulate.Core.Quantities;

/// <summary>What surrounds a number: the qualifier before it and the thing it counts after it.</summary>
internal sealed partial class QuantityRecognizer
{
    private const int MaxCountedWords = 5;

    /// <summary>Function words that end the noun phrase of a counted thing (a closed class, so not a data file).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = new[]
    {
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "that", "which", "who",
        "whom", "whose", "were", "was", "are", "is", "will", "would", "could", "should", "can", "may", "might", "must",
        "have", "has", "had", "be", "been", "being", "the", "a", "an", "this", "these", "those", "its", "their", "his",
        "her", "our", "than", "as", "per", "each", "into", "over", "under", "about", "after", "before", "during",
        "since", "said", "says", "say", "did", "do", "does", "not", "more", "less", "if", "when", "while", "where",
        "so", "such", "also", "only", "still", "then", "there", "here", "it", "they", "he", "she", "we", "you", "i",
        "ago", "later", "earlier", "against", "between", "among", "through", "without", "within", "across", "toward",
        "towards", "out", "up", "down", "off", "like", "because", "via", "near", "amid", "outside", "inside", "along",
        "beyond", "behind", "around", "above", "below", "onto", "upon", "despite", "including", "last", "next",
        "this", "every", "all", "both",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest qualifier phrase ending just before token <paramref name="i"/>, and where it starts.</summary>
    private (string Qualifier, int Start) Qualifier(int i)
    {
        foreach (var (words, qualifier) in lexicon.Qualifiers)
        {
            var start = i - words.Length;
            if (start < _first)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                match = Word(start + k).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                return (qualifier, start);
            }
        }

        return (QuantityQualifiers.Exact, -1);
    }

    /// <summary>The noun phrase after a number: "Kestrel-7 reconnaissance drones", "armoured personnel carriers".</summary>
    private (string? Counted, int End) Counted(int q)
    {
        var first = q;
        var last = q;
        while (last < _end && last - first < MaxCountedWords)
        {
            var t = _tokens[last];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Number || _taken(t.Start))
            {
                break;
            }

            var w = Word(last);
            if (Stops.Contains(w) || w[0] is '\'' or '\u2019')
            {
                // "Kestrel-7 and Harrow-3 drones": a coordination of names continues the phrase.
                if (last > first && IsWord(last, "and") && last + 1 < _end &&
                    (_tokens[last + 1].Kind == TokenKind.Mixed || char.IsUpper(Word(last + 1)[0])))
                {
                    last++;
                    continue;
                }

                break;
            }

            // A verb form ends the phrase ("drones delivered to the army"); before another content word it is an
            // adjective ("unmanned aerial vehicles").
            if (lexicon.IsPastVerb(w) || (char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) ||
                w.EndsWith("ing", StringComparison.Ordinal)) && !StartsContentWord(last + 1)))
            {
                break;
            }

            last++;
        }

        if (last == first)
        {
            return (null, q);
        }

        return (_text[_tokens[first].Start.._tokens[last - 1].End], last);
    }

    private bool StartsContentWord(int i) =>
        i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Mixed && !Stops.Contains(Word(i)) && Word(i)[0] is not ('\'' or '\u2019');
}
