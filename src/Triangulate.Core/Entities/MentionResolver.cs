using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Ties the forms of one name together inside one report: acronyms defined in the text ("... Energy Agency (IEA)")
/// and their later uses, later short forms of a person's name ("Okafor" after "Daniel Okafor"), repeated
/// names, and "the publication" or "the agency" right after a named outlet. Each mention gets the fullest form as
/// its canonical name.
/// </summary>
internal sealed partial class MentionResolver(EntityLexicon lexicon)
{
    private const int AnaphorSentenceWindow = 3;

    /// <summary>
    /// Sets <see cref="MentionDraft.Canonical"/> on every draft, adding acronym and anaphor mentions (descriptions and
    /// pronouns by rule only with <paramref name="descriptionRules"/>, when no coreference model does it).
    /// </summary>
    public List<MentionDraft> Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<MentionDraft> mentions, bool descriptionRules = true)
    {
        ResolveAcronyms(text, tokens, mentions);
        ResolvePersons(text, tokens, mentions);
        foreach (var m in mentions)
        {
            m.Canonical ??= text[m.Start..m.End];
        }

        ResolveRepeats(text, mentions);
        AddOutletAnaphors(text, tokens, sentences, mentions);
        if (descriptionRules)
        {
            AddDescriptionAnaphors(text, tokens, sentences, mentions);
        }

        return mentions;
    }

    // "Long Name (ACR)": the words before the parenthesis whose initials spell the acronym become one name (merging
    // what the recogniser split, "European" + "Space Agency"); the acronym takes its type and canonical
    // form, here and wherever it recurs.
    private static void ResolveAcronyms(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var acronyms = new Dictionary<string, MentionDraft>(StringComparer.Ordinal);
        for (var open = 1; open + 2 < tokens.Count; open++)
        {
            if (text[tokens[open].Start] != '(' || text[tokens[open + 2].Start] != ')' || tokens[open].Length != 1)
            {
                continue;
            }

            var acronym = text[tokens[open + 1].Start..tokens[open + 1].End];
            if (acronyms.ContainsKey(acronym) || acronym.Length is < 2 or > 10 || !acronym.All(char.IsUpper))
            {
                continue;
            }

            var first = AcronymStart(acronym, text, tokens, open);
            if (first < 0)
            {
                continue;
            }

            var overlapping = mentions.Where(m => m.Overlaps(first, open)).ToList();
            var last = overlapping.LastOrDefault(m => m.EndToken == open);
            var type = last is { Type: not (EntityTypes.Person or EntityTypes.Norp) } ? last.Type : EntityTypes.Org;
            mentions.RemoveAll(m => m.Overlaps(first, open));
            var name = new MentionDraft(first, open, tokens[first].Start, tokens[open - 1].End, type);
            name.Canonical = text[name.Start..name.End];
            mentions.Add(name);
            acronyms[acronym] = name;
        }

        if (acronyms.Count == 0)
        {
            return;
        }

        var byToken = mentions.Where(m => m.TokenCount == 1).ToDictionary(m => m.FirstToken);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Number ||
                !acronyms.TryGetValue(text[token.Start..token.End], out var full))
            {
                continue;
            }

            if (byToken.TryGetValue(t, out var existing))
            {
                existing.Type = full.Type;
                existing.Canonical = full.Canonical;
            }
            else if (!mentions.Exists(m => m.Overlaps(t, t + 1)))
            {
                mentions.Add(new MentionDraft(t, t + 1, token.Start, token.End, full.Type) { Canonical = full.Canonical });
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // The first token of the words right before the parenthesis whose capitalised initials spell the acronym, or -1.
    // Small lower-case words ("of", "and", "for") may sit inside the name; a word that does not fit ends the search.
    private static int AcronymStart(string acronym, string text, IReadOnlyList<Token> tokens, int open)
    {
        var a = acronym.Length - 1;
        var t = open - 1;
        while (t >= 0 && a >= 0)
        {
            var token = tokens[t];
            var c = text[token.Start];
            if (token.Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (char.IsUpper(c))
            {
                // A capitalised word gives its initial; a hyphenated or camel-case word may give more ("Al-Anbar").
                if (c != acronym[a])
                {
                    return -1;
                }

                a--;
            }
            else if (token.Length > 4 || t == open - 1)
            {
                return -1;
            }

            t--;
        }

        return a < 0 ? t + 1 : -1;
    }

    // A person mention whose words end a longer person mention's words is that person: "Doe" after "Jane Doe".
    private static void ResolvePersons(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var persons = mentions.Where(m => m.Type == EntityTypes.Person && m.TokenCount > 1).ToList();
        if (persons.Count == 0)
        {
            return;
        }

        // Each longer person is filed under every shorter ending of its words ("Doe" and, for "Mary Jane Doe", also
        // "Jane Doe"), in text order: a mention then finds the forms it ends by one lookup and a binary search, so a
        // long document stays linear (scanning every person for every mention made 1 MB of text cost seconds, and a
        // name repeated thousands of times still would have).
        var byEnding = new Dictionary<string, List<MentionDraft>>(StringComparer.Ordinal);
        foreach (var p in persons)
        {
            for (var k = 1; k < p.TokenCount; k++)
            {
                var key = Ending(text, tokens, p, k);
                if (!byEnding.TryGetValue(key, out var list))
                {
                    byEnding[key] = list = [];
                }

                list.Add(p);
            }
        }

        foreach (var list in byEnding.Values)
        {
            // stable: mentions at one place keep their order
            var sorted = list.OrderBy(p => p.Start).ToList();
            list.Clear();
            list.AddRange(sorted);
        }

        foreach (var m in mentions)
        {
            if (m.Canonical is not null || (m.Type != EntityTypes.Person && m.TokenCount > 1) ||
                m.Type is EntityTypes.Gpe or EntityTypes.Norp or EntityTypes.Media or EntityTypes.Product ||
                !byEnding.TryGetValue(Ending(text, tokens, m, m.TokenCount), out var candidates))
            {
                continue;
            }

            // The nearest longer form before this mention (the first of several at one place), else the first after it.
            var after = LowerBound(candidates, m.Start);
            MentionDraft? best = null;
            if (after > 0)
            {
                var j = after - 1;
                while (j > 0 && candidates[j - 1].Start == candidates[after - 1].Start)
                {
                    j--;
                }

                best = candidates[j];
            }
            else if (after < candidates.Count)
            {
                best = candidates[after];
            }

            if (best is not null)
            {
                m.Type = EntityTypes.Person;
                m.Canonical = text[best.Start..best.End];
            }
        }
    }

    // The last k words of a mention, as one key.
    private static string Ending(string text, IReadOnlyList<Token> tokens, MentionDraft mention, int k)
    {
        var words = new string[k];
        for (var i = 0; i < k; i++)
        {
            var token = tokens[mention.EndToken - k + i];
            words[i] = text.Substring(token.Start, token.Length);
        }

        return string.Join('\u0001', words);
    }

    // The first index whose mention starts at or after start.
    private static int LowerBound(List<MentionDraft> sorted, int start)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The same words with the same type share one canonical form (the one an earlier step found, if any).
    private static void ResolveRepeats(string text, List<MentionDraft> mentions)
    {
        var canonical = new Dictionary<(string, string), string>();
        foreach (var m in mentions)
        {
            var key = (text[m.Start..m.End], m.Type);
            if (m.Canonical != key.Item1)
            {
                canonical[key] = m.Canonical!;
            }
        }

        foreach (var m in mentions)
        {
            if (canonical.TryGetValue((text[m.Start..m.End], m.Type), out var c))
            {
                m.Canonical = c;
            }
        }
    }

    // "the publication", "the agency": the outlet named last, when the last organisation or outlet named, within a
    // few sentences, is that outlet.
    private void AddOutletAnaphors(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<MentionDraft> mentions)
    {
        if (!mentions.Exists(m => m.Type == EntityTypes.Media))
        {
            return;
        }

        var added = new List<MentionDraft>();
        var sentenceOf = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].FirstToken + sentences[s].TokenCount; t++)
            {
                sentenceOf[t] = s;
            }
        }

        var next = 0;
        MentionDraft? lastOrganisation = null;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            while (next < mentions.Count && mentions[next].EndToken <= t)
            {
                if (mentions[next].Type is EntityTypes.Media or EntityTypes.Org)
                {
                    lastOrganisation = mentions[next];
                }

                next++;
            }

            if (!text.AsSpan(tokens[t].Start, tokens[t].Length).Equals("the", StringComparison.OrdinalIgnoreCase) ||
                lastOrganisation is not { Type: EntityTypes.Media } outlet ||
                sentenceOf[t] - sentenceOf[outlet.FirstToken] > AnaphorSentenceWindow)
            {
                continue;
            }

            var length = tokens.Count > t + 2 && lexicon.OutletAnaphors.Contains(EntityTyper.Words(text, tokens, t + 1, t + 3)) ? 2
                : lexicon.OutletAnaphors.Contains(text[tokens[t + 1].Start..tokens[t + 1].End]) ? 1 : 0;
            var after = t + 1 + length;
            if (length == 0 || !char.IsLower(text[tokens[t + 1].Start]) ||
                (after < tokens.Count && char.IsUpper(text[tokens[after].Start])))
            {
                continue;
            }

            added.Add(new MentionDraft(t, after, tokens[t].Start, tokens[after - 1].End, EntityTypes.Media) { Canonical = outlet.Canonical });
        }

        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
