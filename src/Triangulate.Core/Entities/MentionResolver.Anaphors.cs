using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Descriptions and pronouns that point back to a name of the same report: "the company", "the automaker" to the
/// organisation named last within a few sentences; "he", "his", "she", "her" to the one person named in the
/// sentence or the one before; "its", and "it" as the subject of a verb of saying or doing, to the one organisation
/// named there. Where two candidates are in reach the mention is left out: a missed link costs less than a wrong one.
/// </summary>
internal sealed partial class MentionResolver
{
    private const int DescriptionSentenceWindow = 3;

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her", "himself", "herself" };

    // "it" names the organisation when a verb of telling or doing follows ("it said", "it will"), not in "it is
    // expected" or "it was raining".
    private static readonly HashSet<string> ItVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "announced", "announces", "reported", "reports", "added", "stated", "expects", "expected", "plans",
        "planned", "will", "would", "has", "had", "wants", "hopes", "agreed", "declined", "denied", "confirmed",
    };

    internal void AddDescriptionAnaphors(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<MentionDraft> mentions)
    {
        if (mentions.Count == 0 || tokens.Count == 0)
        {
            return;
        }

        var sentenceOf = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].FirstToken + sentences[s].TokenCount && t < tokens.Count; t++)
            {
                sentenceOf[t] = s;
            }
        }

        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var t = m.FirstToken; t < m.EndToken && t < tokens.Count; t++)
            {
                covered[t] = true;
            }
        }

        var added = new List<MentionDraft>();
        var named = new List<MentionDraft>();
        var next = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (next < mentions.Count && mentions[next].EndToken <= t)
            {
                if (char.IsUpper(text[mentions[next].Start]) && !mentions[next].Anaphor)
                {
                    named.Add(mentions[next]);
                }

                next++;
            }

            if (covered[t])
            {
                continue;
            }

            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count && !covered[t + 1])
            {
                var length = t + 2 < tokens.Count && lexicon.DescriptionAnaphors.Contains(EntityTyper.Words(text, tokens, t + 1, t + 3)) ? 2
                    : lexicon.DescriptionAnaphors.Contains(text[tokens[t + 1].Start..tokens[t + 1].End]) ? 1 : 0;
                var after = t + 1 + length;
                // "the company Boeing" is an apposition the name itself covers; "the bank of ..." is another description.
                if (length == 0 || !char.IsLower(text[tokens[t + 1].Start])
                    || (after < tokens.Count && (char.IsUpper(text[tokens[after].Start]) || text.AsSpan(tokens[after].Start, tokens[after].Length).Equals("of", StringComparison.OrdinalIgnoreCase))))
                {
                    continue;
                }

                // "the ministry", "the bank": an organisation word names the last organisation whose name holds it
                // ("Ministry of Transport"); "the company", "the corporation", "the group", "the automaker" the last
                // organisation named.
                var head = text[tokens[after - 1].Start..tokens[after - 1].End];
                var org = lexicon.OrganisationSuffixes.Contains(head) && !head.ToLowerInvariant().StartsWith("co", StringComparison.Ordinal) && !head.Equals("group", StringComparison.OrdinalIgnoreCase)
                    ? Antecedent(named, sentenceOf, sentenceOf[t], DescriptionSentenceWindow, m => m.Type == EntityTypes.Org && HoldsWord(text, m, head), lastOnly: false, latest: true)
                    : Antecedent(named, sentenceOf, sentenceOf[t], DescriptionSentenceWindow, m => m.Type == EntityTypes.Org, lastOnly: true);
                if (org is not null)
                {
                    added.Add(new MentionDraft(t, after, tokens[t].Start, tokens[after - 1].End, org.Type) { Canonical = org.Canonical, Anaphor = true });
                }

                continue;
            }

            var isPerson = PersonPronouns.Contains(word.ToString());
            var isIts = word.Equals("its", StringComparison.OrdinalIgnoreCase);
            var isIt = word.Equals("it", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count && ItVerbs.Contains(text[tokens[t + 1].Start..tokens[t + 1].End]);
            if (!isPerson && !isIts && !isIt)
            {
                continue;
            }

            var antecedent = isPerson
                ? Antecedent(named, sentenceOf, sentenceOf[t], 1, m => m.Type == EntityTypes.Person, lastOnly: false)
                : Antecedent(named, sentenceOf, sentenceOf[t], 1, m => m.Type == EntityTypes.Org, lastOnly: false);
            if (antecedent is not null)
            {
                added.Add(new MentionDraft(t, t + 1, tokens[t].Start, tokens[t].End, antecedent.Type) { Canonical = antecedent.Canonical, Anaphor = true });
            }
        }

        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool HoldsWord(string text, MentionDraft m, string word) =>
        (m.Canonical ?? text[m.Start..m.End]).Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The name a description or pronoun in sentence <paramref name="sentence"/> points back to: among the names of
    /// the last <paramref name="window"/> sentences that <paramref name="fits"/>, the last one named
    /// (<paramref name="lastOnly"/>, for descriptions, unless another actor was named after it), the latest one that
    /// fits (<paramref name="latest"/>), or the only one (by canonical name), else none.
    /// </summary>
    private static MentionDraft? Antecedent(List<MentionDraft> named, int[] sentenceOf, int sentence, int window, Func<MentionDraft, bool> fits, bool lastOnly, bool latest = false)
    {
        MentionDraft? found = null;
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var m = named[i];
            if (sentence - sentenceOf[Math.Min(m.FirstToken, sentenceOf.Length - 1)] > window)
            {
                break;
            }

            if (lastOnly && m.Type is EntityTypes.Person or EntityTypes.Org or EntityTypes.Media && !fits(m))
            {
                // The last actor named is not of the kind the description names: it may be about that one.
                return found;
            }

            if (!fits(m))
            {
                continue;
            }

            if (found is null)
            {
                found = m;
                if (lastOnly || latest)
                {
                    return found;
                }
            }
            else if (!string.Equals(found.Canonical, m.Canonical, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return found;
    }
}
