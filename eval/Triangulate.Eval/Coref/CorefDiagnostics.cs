using System.Globalization;

namespace Triangulate.Eval.Coref;

/// <summary>What kind of thing a gold mention is, for the breakdown of the end-to-end figure.</summary>
public enum MentionKind
{
    /// <summary>Holds a proper name: a capitalised word the document never writes in lower case ("Obama", "NYPD").</summary>
    Named,

    /// <summary>A common noun phrase ("the gunman", "a Vancouver office" is named).</summary>
    Common,

    /// <summary>A pronoun ("he", "which").</summary>
    Pronoun,

    /// <summary>A time (ECB+ TIME_* tags): Triangulate gives times their own layer, not entities.</summary>
    Time,
}

/// <summary>How the mentions of the end-to-end setting relate to the gold mentions.</summary>
/// <param name="GoldByKind">Gold mentions by kind.</param>
/// <param name="ExactMatches">System mentions whose span is a gold mention's span.</param>
/// <param name="RelaxedMatches">System mentions matched to a gold mention by the relaxed rule (exact ones included).</param>
/// <param name="RelaxedByKind">Gold mentions matched by the relaxed rule, by kind.</param>
public sealed record MentionBreakdown(IReadOnlyDictionary<MentionKind, int> GoldByKind, int ExactMatches, int RelaxedMatches, IReadOnlyDictionary<MentionKind, int> RelaxedByKind);

/// <summary>
/// Diagnostics of the coreference evaluation: the kind of each gold mention, the relaxed span matching of system
/// mentions to gold ones, and the list of the largest wrong and missed merges per topic.
/// </summary>
public static class CorefDiagnostics
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "he", "him",
        "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
        "themselves", "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "where", "when",
        "one", "someone", "anyone", "everyone",
    };

    /// <summary>The kind of a gold mention, given the words its document writes in lower case.</summary>
    public static MentionKind KindOf(EcbMention mention, ISet<string> lowerCaseWords)
    {
        if (mention.Type == "TIME")
        {
            return MentionKind.Time;
        }

        var words = Words(mention.Text);
        if (words.Count == 1 && Pronouns.Contains(words[0].ToLowerInvariant()))
        {
            return MentionKind.Pronoun;
        }

        return words.Any(w => char.IsUpper(w[0]) && w != "I" && !lowerCaseWords.Contains(w.ToLowerInvariant()))
            ? MentionKind.Named
            : MentionKind.Common;
    }

    /// <summary>The words a document writes in lower case (to tell a name from a capitalised common word).</summary>
    public static HashSet<string> LowerCaseWords(string text) =>
        new(Words(text).Where(w => char.IsLower(w[0])), StringComparer.Ordinal);

    /// <summary>
    /// Relaxed span matching: a system mention matches the gold mention of the same document that contains it, or
    /// that it contains, when both end at the same character (English names end in their head: "Gulf of Aden" in the
    /// gold "in the Gulf of Aden") and the gold words before it only modify it (no comma, "and", or preposition after
    /// the first word: "Texas" is not the head of "a prison in Beaumont, Texas"). Each gold mention takes at most one
    /// system mention, the one overlapping it most.
    /// Returns system span → gold span.
    /// </summary>
    public static Dictionary<(int Start, int End), (int Start, int End)> RelaxedMatch(string text, IEnumerable<(int Start, int End)> system, IEnumerable<(int Start, int End)> gold)
    {
        var goldList = gold.Distinct().ToList();
        var pairs = new List<((int Start, int End) Sys, (int Start, int End) Gold, int Overlap)>();
        foreach (var s in system.Distinct())
        {
            foreach (var g in goldList)
            {
                var inside = g.Start <= s.Start && s.End <= g.End && IsModifierPrefix(text[g.Start..s.Start]);
                if (s.End == g.End && (inside || (s.Start <= g.Start && g.End <= s.End)))
                {
                    pairs.Add((s, g, Math.Min(s.End, g.End) - Math.Max(s.Start, g.Start)));
                }
            }
        }

        var map = new Dictionary<(int, int), (int, int)>();
        var taken = new HashSet<(int, int)>();
        foreach (var p in pairs.OrderByDescending(p => p.Overlap))
        {
            if (!map.ContainsKey(p.Sys) && taken.Add(p.Gold))
            {
                map[p.Sys] = p.Gold;
            }
        }

        return map;
    }

    /// <summary>
    /// Writes, per topic, the largest wrong merges (a response cluster holding mentions of several gold clusters,
    /// ranked by wrongly linked pairs) and missed merges (a gold cluster cut into several response clusters, ranked by
    /// pairs left apart).
    /// </summary>
    public static void WriteErrors(TextWriter output, IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<IReadOnlyList<string>> response,
        IReadOnlyDictionary<string, string> texts, int perTopic)
    {
        var keyOwner = CorefMetrics.ClusterOf(key);
        var responseOwner = CorefMetrics.ClusterOf(response);
        var wrong = response.Select(r => (Cluster: r, Parts: r.Where(keyOwner.ContainsKey).GroupBy(m => keyOwner[m]).Select(g => g.ToList()).ToList()))
            .Where(x => x.Parts.Count > 1)
            .Select(x => (Topic: TopicOf(x.Cluster[0]), Pairs: Pairs(x.Parts), x.Parts));
        var missed = key.Select(k => (Cluster: k, Parts: k.Where(responseOwner.ContainsKey).GroupBy(m => responseOwner[m]).Select(g => g.ToList()).ToList()))
            .Where(x => x.Parts.Count > 1)
            .Select(x => (Topic: TopicOf(x.Cluster[0]), Pairs: Pairs(x.Parts), x.Parts));
        var inv = CultureInfo.InvariantCulture;
        foreach (var topic in wrong.Concat(missed).Select(x => x.Topic).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine($"== topic {topic}");
            foreach (var (label, list) in new[] { ("wrong merge", wrong), ("missed merge", missed) })
            {
                foreach (var e in list.Where(x => x.Topic == topic).OrderByDescending(x => x.Pairs).Take(perTopic))
                {
                    output.WriteLine(string.Create(inv, $"  {label} ({e.Pairs} pairs): ") + string.Join(" | ",
                        e.Parts.OrderByDescending(p => p.Count).Select(p => string.Join(", ", p.Select(m => texts.GetValueOrDefault(m, m)).Distinct(StringComparer.Ordinal)))));
                }
            }
        }
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "near", "off", "of", "between", "from", "to", "outside", "inside", "across", "into", "and", "&", "or",
    };

    private static bool IsModifierPrefix(string prefix) =>
        !prefix.Contains(',', StringComparison.Ordinal)
        && !prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(Prepositions.Contains);

    private static long Pairs(List<List<string>> parts)
    {
        long total = parts.Sum(p => (long)p.Count);
        return ((total * total) - parts.Sum(p => (long)p.Count * p.Count)) / 2;
    }

    private static string TopicOf(string mentionKey) => mentionKey[..mentionKey.IndexOf('_', StringComparison.Ordinal)];

    private static List<string> Words(string text) =>
        text.Split([' ', '\n', ',', '.', '"', '(', ')', ':', ';', '\'', '’', '`', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0])).ToList();
}
