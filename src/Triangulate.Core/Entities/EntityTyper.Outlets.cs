using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Outlets the list does not have, from the shape of their names and the words around them: "The Example Times and
/// Example Post" split in two; a name ending in an outlet word ("... Post", "... Gazette") that the recogniser took
/// for a place, or for a person when "the" or a report verb goes with it; a name with an outlet noun beside it ("the
/// Example newspaper", "the daily Example", "Example news agency"); an unknown organisation that "reported that".
/// </summary>
internal sealed partial class EntityTyper
{
    // Outlet nouns that are also ordinary organisations' ("the Example agency", "the Example network"): beside a name
    // they say nothing unless "news" comes with them ("news agency").
    private static readonly HashSet<string> GenericOutletNouns = new(["agency", "network", "website", "paper", "outlet"], StringComparer.Ordinal);

    private static readonly HashSet<string> ReportVerbs = new(["reported", "reports", "wrote", "writes", "reveals", "revealed", "quoted", "cited"], StringComparer.Ordinal);

    // First words of the outlet nouns of two words ("news" of "news agency").
    private readonly HashSet<string> _outletPairStarts = lexicon.OutletAnaphors
        .Where(a => a.Contains(' ', StringComparison.Ordinal))
        .Select(a => a[..a.IndexOf(' ', StringComparison.Ordinal)])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private void AddOutlets(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        SplitCoordinatedOutlets(text, tokens, mentions);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is EntityTypes.Product or EntityTypes.Norp or EntityTypes.Event)
            {
                continue;
            }

            var name = EntityTyper.Words(text, tokens, m.FirstToken, m.EndToken);
            var last = Text(text, tokens[m.EndToken - 1]);

            // "the Chilean TV channel Example": a nationality and a medium describe the outlet, they do not name it.
            if (m.TokenCount == 2 && lexicon.Nationalities.Contains(Text(text, tokens[m.FirstToken])) &&
                lexicon.OutletHeads.Contains(last) && m.EndToken < tokens.Count && OutletNounAt(text, tokens, m.EndToken) > 0)
            {
                m.EndToken--;
                m.End = tokens[m.FirstToken].End;
                m.Type = EntityTypes.Norp;
                continue;
            }

            if (m.Type == EntityTypes.Media)
            {
                continue;
            }

            if (lexicon.Places.Contains(name) || lexicon.Nationalities.Contains(name) || lexicon.ProductOwners.Contains(name) ||
                (m.Type == EntityTypes.Person && m.Title is not null))
            {
                continue;
            }

            var before = m.FirstToken > 0 ? Text(text, tokens[m.FirstToken - 1]) : string.Empty;
            var next = m.EndToken < tokens.Count ? Text(text, tokens[m.EndToken]) : string.Empty;
            var outletHead = m.TokenCount > 1 && lexicon.OutletHeads.Contains(last) && !lexicon.OrganisationSuffixes.Contains(last);
            var reported = ReportVerbs.Contains(next) || before is "the" or "The" ||
                (m.FirstToken > 1 && Text(text, tokens[m.FirstToken - 2]).Equals("according", StringComparison.OrdinalIgnoreCase) && before == "to");
            if ((outletHead && (m.Type is EntityTypes.Gpe or EntityTypes.Loc || reported)) ||
                HasOutletNounBeside(text, tokens, m) ||
                (m.Type == EntityTypes.Org && ReportsThat(text, tokens, m) && !lexicon.OrganisationSuffixes.Contains(last) &&
                 !name.All(c => char.IsUpper(c) || c is ' ' or '.' or '-')))
            {
                m.Type = EntityTypes.Media;
            }
        }

        AddNamesBesideOutletNouns(text, tokens, mentions);

        // "told The Example Post": a capitalised "The" inside a sentence belongs to the outlet's name.
        foreach (var m in mentions)
        {
            if (m.Type == EntityTypes.Media && m.FirstToken > 0 && Text(text, tokens[m.FirstToken - 1]) == "The" &&
                !IsSentenceStart(text, tokens, m.FirstToken - 1) && !mentions.Exists(o => o.Overlaps(m.FirstToken - 1, m.FirstToken)))
            {
                m.FirstToken--;
                m.Start = tokens[m.FirstToken].Start;
            }
        }
    }

    // "the Example Times and Example Post" tagged as one name: two outlets.
    private void SplitCoordinatedOutlets(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            for (var a = m.FirstToken + 1; a < m.EndToken - 1; a++)
            {
                if (Text(text, tokens[a]) is not ("and" or "&") || !IsOutletName(text, tokens, m.FirstToken, a) || !IsOutletName(text, tokens, a + 1, m.EndToken))
                {
                    continue;
                }

                mentions[k] = new MentionDraft(m.FirstToken, a, m.Start, tokens[a - 1].End, EntityTypes.Media);
                mentions.Insert(k + 1, new MentionDraft(a + 1, m.EndToken, tokens[a + 1].Start, m.End, EntityTypes.Media));
                break;
            }
        }
    }

    private bool IsOutletName(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var name = EntityTyper.Words(text, tokens, first, end);
        return lexicon.Outlets.Contains(name) || (name.StartsWith("The ", StringComparison.Ordinal) && lexicon.Outlets.Contains(name[4..])) ||
            (end - first > 1 && lexicon.OutletHeads.Contains(Text(text, tokens[end - 1])));
    }

    // "the Example newspaper", "Example news agency", "the daily Example", "the broadcaster Example".
    private bool HasOutletNounBeside(string text, IReadOnlyList<Token> tokens, MentionDraft m)
    {
        if (m.EndToken < tokens.Count && OutletNounAt(text, tokens, m.EndToken) > 0)
        {
            return true;
        }

        return m.FirstToken >= 2 && OutletNounEndingAt(text, tokens, m.FirstToken) && tokens[m.FirstToken - 2].Kind == TokenKind.Word;
    }

    // The number of tokens of an outlet noun starting at t ("newspaper" 1, "news agency" 2), or 0.
    private int OutletNounAt(string text, IReadOnlyList<Token> tokens, int t)
    {
        // Every token comes here: only lower-case words are looked up, and two words only when both are.
        if (tokens[t].Kind != TokenKind.Word || !char.IsLower(text[tokens[t].Start]))
        {
            return 0;
        }

        var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
        if (t + 1 < tokens.Count && _outletPairStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) &&
            lexicon.OutletAnaphors.Contains(EntityTyper.Words(text, tokens, t, t + 2)))
        {
            return 2;
        }

        return lexicon.OutletAnaphors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) &&
            !GenericOutletNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? 1 : 0;
    }

    private bool OutletNounEndingAt(string text, IReadOnlyList<Token> tokens, int end)
    {
        var word = Text(text, tokens[end - 1]);
        return char.IsLower(word[0]) && lexicon.OutletAnaphors.Contains(word) && !GenericOutletNouns.Contains(word);
    }

    // "Example reported that", "as Example reported", "Example reports that".
    private static bool ReportsThat(string text, IReadOnlyList<Token> tokens, MentionDraft m)
    {
        if (m.EndToken + 1 >= tokens.Count || Text(text, tokens[m.EndToken]) is not ("reported" or "reports"))
        {
            return false;
        }

        var after = Text(text, tokens[m.EndToken + 1]);
        return after is "that" or "on" or "," or "." || (m.FirstToken > 0 && Text(text, tokens[m.FirstToken - 1]) is "as" or "As");
    }

    // "the Example newspaper" where the recogniser found no name: the capitalised words before the outlet noun.
    private void AddNamesBesideOutletNouns(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        var added = new List<MentionDraft>();
        for (var t = 1; t < tokens.Count; t++)
        {
            if (OutletNounAt(text, tokens, t) == 0 || !IsNameToken(text, tokens[t - 1]) || mentions.Exists(m => m.Overlaps(t - 1, t)))
            {
                continue;
            }

            var first = t - 1;
            while (first > 0 && t - first < 4 && IsNameToken(text, tokens[first - 1]) && !mentions.Exists(m => m.Overlaps(first - 1, first)))
            {
                first--;
            }

            while (first < t && FunctionWords.Contains(Text(text, tokens[first])))
            {
                first++;
            }

            if (first == t || first == 0 || Text(text, tokens[first - 1]) is not ("the" or "The") ||
                IsListedNonProduct(EntityTyper.Words(text, tokens, first, t)) || lexicon.OrganisationSuffixes.Contains(Text(text, tokens[t - 1])))
            {
                continue;
            }

            added.Add(new MentionDraft(first, t, tokens[first].Start, tokens[t - 1].End, EntityTypes.Media));
        }

        mentions.AddRange(added);
    }
}
