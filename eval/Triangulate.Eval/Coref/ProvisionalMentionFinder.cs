using System.Text.RegularExpressions;
using Triangulate.Core.Entities;

namespace Triangulate.Eval.Coref;

/// <summary>
/// PROVISIONAL end-to-end mention finder, used only while no entity stage is registered in the default pipeline:
/// maximal runs of capitalised words (with "of", "de", "al" between them), a leading sentence-initial function word
/// dropped. Untyped. It stands in for the real entity stage so the end-to-end figure can be computed at all.
/// </summary>
public static partial class ProvisionalMentionFinder
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "This", "That", "These", "Those",
        "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "For", "With", "His", "Her", "Their",
        "Its", "Our", "There", "Here", "What", "Who", "Why", "How", "According", "Meanwhile", "However", "Police",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "al", "bin", "van", "von", "da", "and", "the" };

    /// <summary>Capitalised spans of <paramref name="text"/>.</summary>
    public static IReadOnlyList<EntityMention> Find(string text)
    {
        var words = Word().Matches(text).ToList();
        var mentions = new List<EntityMention>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(words[i].Value))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var j = i + 1;
            while (j < words.Count && OnlySpaceBetween(text, words[j - 1], words[j]) && !words[j - 1].Value.EndsWith('.'))
            {
                if (IsCapitalised(words[j].Value))
                {
                    end = j;
                }
                else if (!Connectors.Contains(words[j].Value) || j + 1 >= words.Count || !IsCapitalised(words[j + 1].Value))
                {
                    break;
                }

                j++;
            }

            var first = start;
            var before = text[..words[start].Index].TrimEnd();
            var sentenceInitial = before.Length == 0 || before.EndsWith('\n') || ".!?\"“".Contains(before[^1]);
            if (sentenceInitial && SentenceStarters.Contains(words[start].Value))
            {
                first++;
            }

            if (first <= end)
            {
                var s = words[first].Index;
                var e = words[end].Index + words[end].Value.TrimEnd('.', '-').Length;
                mentions.Add(new EntityMention(s, e, text[s..e], string.Empty, text[s..e]));
            }

            i = end + 1;
        }

        return mentions;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool OnlySpaceBetween(string text, Match a, Match b) =>
        text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).Trim(' ').IsEmpty;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\.\-]*")]
    private static partial Regex Word();
}
