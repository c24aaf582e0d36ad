using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Ties the forms of one name together inside one report: acronyms defined in the text ("... Guard Corps (IRGC)")
/// and their later uses, later short forms of a person's name ("Netanyahu" after "Benjamin Netanyahu"), repeated
/// names, and "the publication" or "the agency" right after a named outlet. Each mention gets the fullest form as
/// its canonical name.
/// </summary>
internal sealed class MentionResolver(EntityLexicon lexicon)
{
    private const int AnaphorSentenceWindow = 3;

    /// <summary>Sets <see cref="MentionDraft.Canonical"/> on every draft, adding acronym and anaphor mentions.</summary>
    public List<MentionDraft> Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<MentionDraft> mentions)
    {
        ResolveAcronyms(text, tokens, mentions);
        ResolvePersons(text, tokens, mentions);
        foreach (var m in mentions)
        {
            m.Canonical ??= text[m.Start..m.End];
        }

        ResolveRepeats(text, mentions);
        AddOutletAnaphors(text, tokens, sentences, mentions);
        return mentions;
    }

    // "Long Name (ACR)": the acronym takes the long name's type and canonical form, here and wherever it recurs.
    private void ResolveAcronyms(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var acronyms = new Dictionary<string, MentionDraft>(StringComparer.Ordinal);
        foreach (var m in mentions.ToArray())
        {
            var open = m.EndToken;
            if (open + 2 >= tokens.Count || text[tokens[open].Start] != '(' || text[tokens[open + 2].Start] != ')')
            {
                continue;
            }

            var acronym = text[tokens[open + 1].Start..tokens[open + 1].End];
            if (acronyms.ContainsKey(acronym) || !(IsAcronymOf(acronym, text, tokens, m) || ExtendToAcronym(acronym, text, tokens, m, mentions)))
            {
                continue;
            }

            m.Canonical ??= text[m.Start..m.End];
            acronyms[acronym] = m;
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

    // "Islamic Revolutionary Guard Corps (IRGC)" tagged as "Islamic" + "Revolutionary Guard Corps": when up to three
    // capitalised words before the name complete the acronym, they join the name.
    private static bool ExtendToAcronym(string acronym, string text, IReadOnlyList<Token> tokens, MentionDraft m, List<MentionDraft> mentions)
    {
        for (var extra = 1; extra <= 3 && m.FirstToken - extra >= 0; extra++)
        {
            var first = m.FirstToken - extra;
            if (!char.IsUpper(text[tokens[first].Start]))
            {
                return false;
            }

            var candidate = new MentionDraft(first, m.EndToken, tokens[first].Start, m.End, m.Type);
            if (IsAcronymOf(acronym, text, tokens, candidate))
            {
                mentions.RemoveAll(o => o != m && o.FirstToken >= first && o.EndToken <= m.FirstToken);
                m.FirstToken = first;
                m.Start = candidate.Start;
                return true;
            }
        }

        return false;
    }

    // The acronym's letters are the initials of the name's capitalised words, in order (small words may be skipped).
    private static bool IsAcronymOf(string acronym, string text, IReadOnlyList<Token> tokens, MentionDraft m)
    {
        if (acronym.Length < 2 || acronym.Length > 10 || !acronym.All(char.IsUpper) || m.TokenCount < 2)
        {
            return false;
        }

        var a = 0;
        for (var t = m.FirstToken; t < m.EndToken && a < acronym.Length; t++)
        {
            var first = text[tokens[t].Start];
            if (char.ToUpperInvariant(first) == acronym[a])
            {
                a++;
            }
            else if (char.IsUpper(first))
            {
                return false;
            }
        }

        return a == acronym.Length;
    }

    // A person mention whose words end a longer person mention's words is that person: "Doe" after "Jane Doe".
    private static void ResolvePersons(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var persons = mentions.Where(m => m.Type == EntityTypes.Person && m.TokenCount > 1).ToList();
        if (persons.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            if (m.Canonical is not null || (m.Type != EntityTypes.Person && m.TokenCount > 1) ||
                m.Type is EntityTypes.Gpe or EntityTypes.Norp or EntityTypes.Media or EntityTypes.Product)
            {
                continue;
            }

            // The nearest longer form before this mention, else the first one after it.
            MentionDraft? best = null;
            foreach (var p in persons)
            {
                if (p == m || p.TokenCount <= m.TokenCount || !EndsWith(text, tokens, p, m))
                {
                    continue;
                }

                var better = best is null ||
                    (p.Start < m.Start ? best.Start > m.Start || p.Start > best.Start : best.Start > m.Start && p.Start < best.Start);
                if (better)
                {
                    best = p;
                }
            }

            if (best is not null)
            {
                m.Type = EntityTypes.Person;
                m.Canonical = text[best.Start..best.End];
            }
        }
    }

    private static bool EndsWith(string text, IReadOnlyList<Token> tokens, MentionDraft longer, MentionDraft shorter)
    {
        for (var k = 1; k <= shorter.TokenCount; k++)
        {
            var a = tokens[longer.EndToken - k];
            var b = tokens[shorter.EndToken - k];
            if (!text.AsSpan(a.Start, a.Length).SequenceEqual(text.AsSpan(b.Start, b.Length)))
            {
                return false;
            }
        }

        return true;
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
