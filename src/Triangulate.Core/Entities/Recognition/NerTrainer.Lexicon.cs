namespace Triangulate.Core.Entities.Recognition;

/// <summary>What the trainer reads from the text besides the labels: names and common lower-case words.</summary>
public sealed partial class NerTrainer
{
    // The names annotated in a sentence, as word hashes with their type.
    private static IEnumerable<(ulong[] Words, int Type)> Names(LabeledSentence sentence)
    {
        for (var i = 0; i < sentence.Labels.Length; i++)
        {
            if (!NerLabels.IsBegin(sentence.Labels[i]))
            {
                continue;
            }

            var type = NerLabels.TypeIndex(sentence.Labels[i]);
            var end = i + 1;
            while (end < sentence.Labels.Length && sentence.Labels[end] == NerLabels.Inside(type))
            {
                end++;
            }

            yield return ([.. sentence.Words[i..end].Select(w => FeatureHash.Of(w, lower: false, foldDigits: true))], type);
        }
    }

    // Words seen in lower case at least twice and at least as often as capitalised inside a sentence.
    private static HashSet<ulong> CommonLowercase(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<ulong, (int Lower, int Capital)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                var key = FeatureHash.Of(word, lower: true, foldDigits: true);
                var (lower, capital) = counts.GetValueOrDefault(key);
                if (char.IsLower(word[0]))
                {
                    counts[key] = (lower + 1, capital);
                }
                else if (i > 0)
                {
                    counts[key] = (lower, capital + 1);
                }
            }
        }

        return [.. counts.Where(c => c.Value.Lower >= 2 && c.Value.Lower >= c.Value.Capital).Select(c => c.Key)];
    }
}
