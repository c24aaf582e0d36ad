using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Turns the recogniser's CoNLL types into the news types of <see cref="EntityTypes"/> with the lexicon's lists and
/// a few rules, splits titles off people's names, and adds the names the lists and the code rule find that the
/// recogniser missed (outlets, places, nationalities, product designations).
/// </summary>
internal sealed partial class EntityTyper(EntityLexicon lexicon)
{
    private static readonly HashSet<string> NameParticles = new(
        ["al", "el", "ad", "as", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "y", "e"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> LeadingPrepositions = new(
        ["Near", "In", "At", "On", "Of", "From", "For", "With", "By", "To", "Into", "After", "During", "Outside", "Inside", "Across", "Along", "Around", "Between", "Under", "Over", "Against", "Via"],
        StringComparer.Ordinal);

    private readonly PhraseMatcher _phrases = new(lexicon);
    private readonly HashSet<string> _titleWords = lexicon.Titles
        .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refines <paramref name="drafts"/> in place and adds the mentions rules find; returns them sorted.</summary>
    public List<MentionDraft> Refine(string text, IReadOnlyList<Token> tokens, List<MentionDraft> drafts)
    {
        var result = new List<MentionDraft>(drafts.Count + 8);
        TypeIndexes(text, tokens, drafts);
        foreach (var draft in drafts)
        {
            if (Refine(text, tokens, draft))
            {
                result.Add(draft);
            }
        }

        AddRuleMentions(text, tokens, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddProducts(text, tokens, result);
        AddOutlets(text, tokens, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        JoinModelSuffixes(text, tokens, result);
        JoinOrganisationNames(text, tokens, result);
        DropStateWords(text, tokens, result);
        return result;
    }

    private static readonly Lazy<HashSet<string>> StateWords = new(() =>
        new HashSet<string>(Data.DataFile.ReadLines("entities-state-words.txt"), StringComparer.OrdinalIgnoreCase));

    // "the Republic of X" tagged as "Republic" and "X": the place is X, and "Republic" alone names nothing; with
    // capitalised words before it ("People's Republic of X") the whole is the country's official name.
    private static void DropStateWords(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var m = mentions[k];
            var next = mentions[k + 1];
            if (m.TokenCount == 1 && m.Type is EntityTypes.Gpe or EntityTypes.Loc or EntityTypes.Org
                && StateWords.Value.Contains(text[m.Start..m.End])
                && m.EndToken < tokens.Count && text[tokens[m.EndToken].Start..tokens[m.EndToken].End] == "of"
                && next.FirstToken == m.EndToken + 1 && next.Type is EntityTypes.Gpe or EntityTypes.Loc)
            {
                // "People's Republic of China", "Islamic Republic of X": capitalised words before the state word make
                // the whole a country's official name (the resolver's known names join it to the short one).
                var first = m.FirstToken;
                var previousEnd = k > 0 ? mentions[k - 1].EndToken : 0;
                while (first - 1 >= previousEnd && tokens[first - 1].Kind == TokenKind.Word &&
                       (char.IsUpper(text[tokens[first - 1].Start]) || text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is "'s" or "’s"))
                {
                    first--;
                }

                while (first < m.FirstToken && !char.IsUpper(text[tokens[first].Start]))
                {
                    first++;
                }

                if (first < m.FirstToken && !IsSentenceStart(text, tokens, first))
                {
                    mentions[k] = new MentionDraft(first, next.EndToken, tokens[first].Start, next.End, EntityTypes.Gpe);
                    mentions.RemoveAt(k + 1);
                    continue;
                }

                mentions.RemoveAt(k);
            }
        }
    }

    // "Scottish Parliament", "Danish Army": a nationality or place followed by capitalised words ending in an
    // organisation word is one organisation's name, when the recogniser stopped after the first word; so is a
    // country or nationality right before a name the recogniser took for an organisation ("Russian RTS").
    private void JoinOrganisationNames(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not (EntityTypes.Norp or EntityTypes.Gpe) || m.End != tokens[m.EndToken - 1].End)
            {
                continue;
            }

            // The organisation word may have been tagged as an organisation on its own ("Chilean" + "Army"): the
            // words of a directly following organisation mention may then be joined too.
            var next = k + 1 < mentions.Count ? mentions[k + 1] : null;
            var absorbs = next is not null && next.FirstToken == m.EndToken && next.Type == EntityTypes.Org;
            var limit = next is null ? tokens.Count : absorbs ? next.EndToken : next.FirstToken;
            var end = m.EndToken;
            var joined = -1;
            while (end < limit && end - m.EndToken < 3 && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start]))
            {
                end++;
                if (lexicon.OrganisationSuffixes.Contains(text[tokens[end - 1].Start..tokens[end - 1].End]))
                {
                    joined = end;
                }
            }

            // "United States Federal Reserve", "Russian RTS": a country or nationality right before an organisation's
            // name (no punctuation between) qualifies it; the whole is the organisation's name as written.
            if (joined < 0 && absorbs && next!.TokenCount > 0 && text.AsSpan(m.End, next.Start - m.End) is " " &&
                (m.Type == EntityTypes.Norp || lexicon.Places.Contains(text[m.Start..m.End])))
            {
                joined = next.EndToken;
            }

            if (joined > 0 && (!absorbs || joined == next!.EndToken))
            {
                m.EndToken = joined;
                m.End = tokens[joined - 1].End;
                m.Type = EntityTypes.Org;
                if (absorbs)
                {
                    mentions.RemoveAt(k + 1);
                }
            }
        }
    }

    // "A350 XWB", "K-480 LR": a word of two to four capitals right after a model code names its variant, part of the
    // product's name (the recogniser takes it for an organisation of its own).
    private void JoinModelSuffixes(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var m = mentions[k];
            var next = mentions[k + 1];
            if (m.Type == EntityTypes.Product && next.TokenCount == 1 && next.FirstToken == m.EndToken && next.Type != EntityTypes.Person &&
                text.AsSpan(m.End, next.Start - m.End) is " " && ProductCodes.IsCode(text.AsSpan(tokens[m.EndToken - 1].Start, tokens[m.EndToken - 1].Length), lexicon) &&
                text.AsSpan(next.Start, next.End - next.Start) is { Length: >= 2 and <= 4 } suffix && !suffix.ContainsAnyExceptInRange('A', 'Z'))
            {
                m.EndToken = next.EndToken;
                m.End = next.End;
                mentions.RemoveAt(k + 1);
            }
        }
    }

    private bool Refine(string text, IReadOnlyList<Token> tokens, MentionDraft d)
    {
        if (TrimLeadingWords(text, tokens, d) is "Near" or "Outside" or "Inside" or "In" or "At" or "Around" or "Across" && d.Type == "PER")
        {
            d.Type = "LOC"; // "Near Example" taken as a person's name: the preposition says it is a place.
        }

        if (d.Type == EntityTypes.Product)
        {
            return true; // a market index (TypeIndexes), whatever the outlet and place lists hold
        }

        var name = Words(text, tokens, d.FirstToken, d.EndToken);
        var last = text[tokens[d.EndToken - 1].Start..tokens[d.EndToken - 1].End];
        for (var t = d.FirstToken; t < d.EndToken; t++)
        {
            if (ProductCodes.IsCode(text.AsSpan(tokens[t].Start, tokens[t].Length), lexicon))
            {
                // "Zorya-12 UAVs": a plural class noun after the designation is not part of the name.
                var end = d.EndToken;
                while (end - 1 > t && IsPluralClassNoun(text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length)))
                {
                    end--;
                }

                d.EndToken = end;
                d.End = tokens[end - 1].End;
                d.Type = EntityTypes.Product;
                return true;
            }
        }

        // "The Guardian": the article belongs to the outlet's name when the list has it that way.
        if (d.FirstToken > 0 && text.AsSpan(tokens[d.FirstToken - 1].Start, tokens[d.FirstToken - 1].Length).SequenceEqual("The") &&
            lexicon.Outlets.Contains("The " + name))
        {
            d.FirstToken--;
            d.Start = tokens[d.FirstToken].Start;
            d.Type = EntityTypes.Media;
            return true;
        }

        if (lexicon.Outlets.Contains(name) || (name.StartsWith("The ", StringComparison.Ordinal) && lexicon.Outlets.Contains(name[4..])))
        {
            d.Type = EntityTypes.Media;
            return true;
        }

        // A name ending in "River", "Sea", "Mountains" is a place, whatever the recogniser thought.
        if (d.TokenCount > 1 && d.Type is "PER" or "MISC" or "LOC" && lexicon.GeographicHeads.Contains(last))
        {
            d.Type = EntityTypes.Loc;
            return true;
        }

        // A group and a religion, or a group and a nationality, taken for a person or place: every word a nationality or
        // group makes a NORP.
        if (d.Type is "PER" or "LOC" && !lexicon.Places.Contains(name) && AllNationalityWords(text, tokens, d))
        {
            d.Type = EntityTypes.Norp;
            return true;
        }

        switch (d.Type)
        {
            case "PER":
                d.Type = EntityTypes.Person;
                SplitTitle(text, tokens, d);
                return true;
            case "LOC":
                d.Type = lexicon.Places.Contains(name) ? EntityTypes.Gpe
                    : lexicon.Regions.Contains(name) || lexicon.GeographicHeads.Contains(last) ||
                      lexicon.GeographicHeads.Contains(Words(text, tokens, d.FirstToken, d.FirstToken + 1)) ? EntityTypes.Loc
                    : lexicon.FacilityHeads.Contains(last) ? EntityTypes.Fac
                    : EntityTypes.Gpe;
                return true;
            case "ORG":
                // A country named as an actor ("the US said") is the GPE; "X Times", "X News" are outlets.
                d.Type = lexicon.Places.Contains(name) ? EntityTypes.Gpe
                    : d.TokenCount > 1 && lexicon.OutletHeads.Contains(last) && !lexicon.OrganisationSuffixes.Contains(last) ? EntityTypes.Media
                    : d.TokenCount > 1 && lexicon.FacilityHeads.Contains(last) ? EntityTypes.Fac
                    : EntityTypes.Org;
                return true;
            case "MISC":
                return RefineMisc(text, tokens, d, name, last);
            default:
                return true;
        }
    }

    private bool RefineMisc(string text, IReadOnlyList<Token> tokens, MentionDraft d, string name, string last)
    {
        if (lexicon.Nationalities.Contains(name) || lexicon.Nationalities.Contains(last))
        {
            d.Type = EntityTypes.Norp;
            return true;
        }

        if (lexicon.Places.Contains(name))
        {
            d.Type = EntityTypes.Gpe;
            return true;
        }

        for (var t = d.FirstToken; t < d.EndToken; t++)
        {
            if (lexicon.EventHeads.Contains(text[tokens[t].Start..tokens[t].End]))
            {
                d.Type = EntityTypes.Event;
                return true;
            }
        }

        // "French-made", "Chilean-backed": the nationality or place before the hyphen is the name.
        var hyphen = name.IndexOf('-', StringComparison.Ordinal);
        if (d.TokenCount == 1 && hyphen > 0)
        {
            var head = name[..hyphen];
            var type = lexicon.Nationalities.Contains(head) ? EntityTypes.Norp : lexicon.Places.Contains(head) ? EntityTypes.Gpe : null;
            if (type is not null)
            {
                d.End = d.Start + hyphen;
                d.Type = type;
                return true;
            }
        }

        // Other CoNLL MISC names (works, laws, slogans) have no news type; they are left out.
        return false;
    }

    // "of Example", "Near Example", "former Example": a name does not start with a preposition or a lower-case word,
    // except the particles of names ("al-Example", "de", "van", "bin"), unless the lists have the whole name (a region
    // called "Near ..."). Returns the last word taken off, if any.
    private string? TrimLeadingWords(string text, IReadOnlyList<Token> tokens, MentionDraft d)
    {
        var first = d.FirstToken;
        while (first < d.EndToken - 1)
        {
            var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
            var lower = char.IsLower(word[0]) && !IsNameParticle(word);
            var preposition = char.IsUpper(word[0]) && LeadingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!lower && !preposition)
            {
                break;
            }

            first++;
        }

        if (first == d.FirstToken)
        {
            return null;
        }

        var whole = Words(text, tokens, d.FirstToken, d.EndToken);
        if (lexicon.Regions.Contains(whole) || lexicon.Places.Contains(whole) || lexicon.Outlets.Contains(whole))
        {
            return null;
        }

        d.FirstToken = first;
        d.Start = tokens[first].Start;
        return text[tokens[first - 1].Start..tokens[first - 1].End];
    }

    private static bool IsNameParticle(ReadOnlySpan<char> word) =>
        word.StartsWith("al-") || word.StartsWith("el-") || word.StartsWith("ad-") || word.StartsWith("as-") ||
        NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private bool AllNationalityWords(string text, IReadOnlyList<Token> tokens, MentionDraft d)
    {
        for (var t = d.FirstToken; t < d.EndToken; t++)
        {
            if (!lexicon.Nationalities.Contains(text[tokens[t].Start..tokens[t].End]))
            {
                return false;
            }
        }

        return true;
    }

    // "UAVs", "drones", "MBTs": a lower-case word or a plural acronym.
    private static bool IsPluralClassNoun(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) ||
        (word.Length >= 3 && word[^1] == 's' && !word[..^1].ContainsAnyExceptInRange('A', 'Z'));

    // Title words at the start of the span, and right before it, become the title: "Brigadier General Jane Doe". A
    // service or office before the rank, or a lower-case word, goes with it: "Army General Jane Doe", "director Navy
    // Capt. Jane Doe" (the title runs to the last title word that still leaves a capitalised name after it).
    private void SplitTitle(string text, IReadOnlyList<Token> tokens, MentionDraft d)
    {
        var first = d.FirstToken;
        while (first < d.EndToken - 1 && IsTitleWord(text, tokens[first]))
        {
            first++;
        }

        for (var t = d.EndToken - 2; t >= first; t--)
        {
            if (!IsTitleWord(text, tokens[t]) || !char.IsUpper(text[tokens[t + 1].Start]))
            {
                continue;
            }

            var prefixFits = true;
            for (var p = first; p < t && prefixFits; p++)
            {
                var word = text[tokens[p].Start..tokens[p].End];
                prefixFits = IsTitleWord(text, tokens[p]) || char.IsLower(word[0]) || lexicon.OrganisationSuffixes.Contains(word) ||
                    lexicon.Places.Contains(word) || lexicon.Nationalities.Contains(word) || tokens[p].Kind == TokenKind.Punctuation;
            }

            if (prefixFits)
            {
                first = t + 1;
            }

            break;
        }

        // Back over title words, and over the small words inside a title ("Secretary of State").
        var titleStart = first;
        while (titleStart > 0 &&
               (IsTitleWord(text, tokens[titleStart - 1]) ||
                (titleStart > 1 && titleStart < first && IsTitleJoiner(text, tokens[titleStart - 1]) && IsTitleWord(text, tokens[titleStart - 2]))))
        {
            titleStart--;
        }

        if (titleStart < first)
        {
            d.Title = text[tokens[titleStart].Start..tokens[first - 1].End];
            d.FirstToken = first;
            d.Start = tokens[first].Start;
        }
    }

    private static bool IsTitleJoiner(string text, Token token) => text.AsSpan(token.Start, token.Length) is "of" or "for";

    private bool IsTitleWord(string text, Token token)
    {
        // The small words of titles ("Secretary of State") are no title on their own.
        var word = text.AsSpan(token.Start, token.Length);
        if (IsTitleJoiner(text, token) || word is "the" or "and" or "to" or "in" or "on" or "at" or "de")
        {
            return false;
        }

        var lookup = _titleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || (word.EndsWith(".") && lookup.Contains(word[..^1]));
    }

    private void AddRuleMentions(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var taken = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                taken[t] = true;
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (taken[t])
            {
                continue;
            }

            var token = tokens[t];
            if (token.Kind == TokenKind.Mixed && ProductCodes.IsCode(text.AsSpan(token.Start, token.Length), lexicon))
            {
                mentions.Add(new MentionDraft(t, t + 1, token.Start, token.End, EntityTypes.Product));
                continue;
            }

            if (token.Kind == TokenKind.Word && HyphenatedName(text, token) is { } part)
            {
                mentions.Add(new MentionDraft(t, t + 1, token.Start, token.Start + part.Length, part.Type));
                continue;
            }

            var (length, type) = _phrases.Match(text, tokens, t, taken);
            if (length > 0)
            {
                mentions.Add(new MentionDraft(t, t + length, token.Start, tokens[t + length - 1].End, type));
                t += length - 1;
            }
        }
    }

    // "French-made", "Chile-backed": a nationality or place before a hyphen.
    private (int Length, string Type)? HyphenatedName(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 1 || !char.IsUpper(word[0]) || char.IsUpper(word[hyphen + 1]))
        {
            return null;
        }

        var head = word[..hyphen].ToString();
        return lexicon.Nationalities.Contains(head) ? (hyphen, EntityTypes.Norp)
            : lexicon.Places.Contains(head) ? (hyphen, EntityTypes.Gpe)
            : null;
    }

    /// <summary>The words of tokens [first, end) joined by single spaces.</summary>
    internal static string Words(string text, IReadOnlyList<Token> tokens, int first, int end) =>
        end - first == 1
            ? text[tokens[first].Start..tokens[first].End]
            : string.Join(' ', Enumerable.Range(first, end - first).Select(t => text[tokens[t].Start..tokens[t].End]));
}
