namespace Triangulate.Core.Syntax.Training;

/// <summary>Learns the lemmatiser's exception list and suffix rules from treebank sentences.</summary>
internal static class LemmatizerTrainer
{
    /// <summary>A suffix rule is kept when its most frequent edit was seen at least this often.</summary>
    private const int MinimumSupport = 2;

    public static Lemmatizer Learn(IEnumerable<TreebankSentence> sentences)
    {
        var known = new Dictionary<ulong, Dictionary<LemmaEdit, int>>();
        var suffixes = new Dictionary<ulong, Dictionary<LemmaEdit, int>>();
        var lowerForms = new Dictionary<ulong, string>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var form = s.Forms[i];
                var lemma = s.Lemmas[i];
                if (lemma == "_" && form != "_")
                {
                    continue;
                }

                var edit = LemmaEdit.Learn(form, lemma);
                var lower = form.ToLowerInvariant();
                var key = Lemmatizer.KnownKey(Entities.Recognition.FeatureHash.Of(lower, lower: false, foldDigits: false), s.Tags[i]);
                lowerForms[key] = lower;
                Count(known, key, edit);
                for (var k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); k++)
                {
                    Count(suffixes, Lemmatizer.SuffixKey(lower.AsSpan(lower.Length - k), s.Tags[i]), edit);
                }
            }
        }

        var knownEdits = known.ToDictionary(k => k.Key, k =>
        {
            var edit = Best(k.Value).Edit;
            // A lower-cased edit gives the same lemma whatever the case of the form: store it whole.
            return edit.Lower ? edit with { Whole = string.Intern(edit.Apply(lowerForms[k.Key])) } : edit;
        });
        var suffixEdits = suffixes
            .Select(s => (s.Key, Best: Best(s.Value)))
            .Where(s => s.Best.Count >= MinimumSupport)
            .ToDictionary(s => s.Key, s => s.Best.Edit);
        return new Lemmatizer(knownEdits, suffixEdits);
    }

    private static void Count(Dictionary<ulong, Dictionary<LemmaEdit, int>> table, ulong key, LemmaEdit edit)
    {
        if (!table.TryGetValue(key, out var edits))
        {
            table[key] = edits = [];
        }

        edits[edit] = edits.GetValueOrDefault(edit) + 1;
    }

    private static (LemmaEdit Edit, int Count) Best(Dictionary<LemmaEdit, int> edits)
    {
        var best = edits.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Strip).ThenBy(e => e.Key.Append, StringComparer.Ordinal).First();
        return (best.Key, best.Value);
    }
}
