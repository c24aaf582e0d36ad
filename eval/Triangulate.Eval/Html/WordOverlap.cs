using System.Text.RegularExpressions;

namespace Triangulate.Eval.Html;

/// <summary>Word F1 of two texts: the multiset overlap of their lower-cased words, in any order.</summary>
public static partial class WordOverlap
{
    /// <summary>Precision, recall and F1 of <paramref name="system"/> against <paramref name="gold"/>.</summary>
    public static (double Precision, double Recall, double F1) Score(string system, string gold)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldWords = Words(gold);
        var systemWords = Words(system);
        foreach (var word in goldWords)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var overlap = 0;
        foreach (var word in systemWords)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                overlap++;
            }
        }

        var precision = systemWords.Count == 0 ? 0 : (double)overlap / systemWords.Count;
        var recall = goldWords.Count == 0 ? 0 : (double)overlap / goldWords.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>The lower-cased words (letters and digits) of a text, in order.</summary>
    public static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
