namespace Triangulate.Core.Coreference.Training;

/// <summary>
/// A training document: the detected mentions of its annotated text and, for each, the gold entity it is a mention
/// of (-1: none). A detected mention matches a gold one with the same characters, else one with the same head word
/// that it overlaps (the tree's span may differ from the annotator's; the link is still worth learning).
/// </summary>
public sealed class CorefExample
{
    private CorefExample(string name, List<CorefMention> mentions, int[] gold)
    {
        Name = name;
        Mentions = mentions;
        Gold = gold;
    }

    /// <summary>The document's name.</summary>
    public string Name { get; }

    internal List<CorefMention> Mentions { get; }

    internal int[] Gold { get; }

    /// <summary>Detects the mentions of <paramref name="input"/> and matches them to the gold mentions.</summary>
    public static CorefExample Create(string name, CorefInput input, IReadOnlyList<GoldMention> goldMentions)
    {
        var mentions = MentionDetector.Detect(input, CorefWords.Default);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var byExtent = new Dictionary<(int, int), int>();
        foreach (var g in goldMentions)
        {
            if (!ids.TryGetValue(g.Entity, out var id))
            {
                ids[g.Entity] = id = ids.Count;
            }

            byExtent.TryAdd((g.Start, g.End), id);
        }

        var tokens = input.Tokens;
        var gold = new int[mentions.Count];
        var taken = new HashSet<(int, int)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var extent = (tokens[m.FirstToken].Start, tokens[m.EndToken - 1].End);
            gold[i] = byExtent.TryGetValue(extent, out var id) ? id : -1;
            if (gold[i] >= 0)
            {
                taken.Add(extent);
            }
        }

        // Second pass: same head, overlapping, gold mention not matched exactly by another.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (gold[i] >= 0)
            {
                continue;
            }

            var m = mentions[i];
            var head = tokens[m.Head];
            foreach (var g in goldMentions)
            {
                if (!taken.Contains((g.Start, g.End)) && g.Start <= head.Start && head.End <= g.End && g.End - g.Start < 4 * (tokens[m.EndToken - 1].End - tokens[m.FirstToken].Start + 1)
                    && (m.Kind != MentionKind.Pronoun || g.End - g.Start == head.End - head.Start))
                {
                    gold[i] = ids[g.Entity];
                    taken.Add((g.Start, g.End));
                    break;
                }
            }
        }

        return new CorefExample(name, mentions, gold);
    }
}
