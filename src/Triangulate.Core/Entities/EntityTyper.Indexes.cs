using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Market indexes ("the Hang Seng", "the Nasdaq Composite", "the Merval index"): the recogniser, trained on CoNLL, reads
/// them as miscellaneous names, which have no news type and were left out, so an index named in every report of a
/// markets story was no entity at all. A miscellaneous name is an index (a PRODUCT) when the report says so: its last
/// word is "Index", "Average" or "Composite"; the word after it is "index", "composite", "average" or "stock index";
/// or it moves by points or percent ("the Nasdaq fell 82.65 points", "the Nikkei dropped 9.62%"). The report's
/// other writings of that name ("the FTSE" beside "the FTSE 100 index") are then the index too, also where the
/// recogniser took the word for a place or an outlet ("the Dax", "the Nikkei"). A following lower-case "index" is
/// part of the name ("Merval index"), as a reader would quote it.
/// </summary>
internal sealed partial class EntityTyper
{
    private const int MoveWindow = 20;

    private static readonly HashSet<string> IndexLastWords = new(["Index", "Average", "Composite"], StringComparer.Ordinal);

    private static readonly HashSet<string> IndexWordsAfter = new(["index", "composite", "average"], StringComparer.Ordinal);

    private static readonly HashSet<string> MoveWords = new(
        ["fell", "rose", "dropped", "gained", "lost", "climbed", "slipped", "plunged", "surged", "slid", "jumped", "tumbled",
         "closed", "finished", "ended", "up", "down", "lower", "higher", "increased", "decreased", "declined", "dipped",
         "recovered", "reached", "sank", "soared", "added", "shed", "edged", "fallen", "risen", "rallied"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> MoveUnits = new(["points", "point", "%", "percent", "pts"], StringComparer.Ordinal);

    /// <summary>Types as PRODUCT the drafts the report shows to be market indexes (see the type's summary).</summary>
    private void TypeIndexes(string text, IReadOnlyList<Token> tokens, List<MentionDraft> drafts)
    {
        JoinIndexWords(text, tokens, drafts);
        HashSet<string>? cores = null;
        var indexes = new HashSet<MentionDraft>();
        foreach (var d in drafts)
        {
            if (d.Type is "MISC" or EntityTypes.Product or "ORG" && !IsListedName(text[d.Start..d.End]) && IsIndex(text, tokens, d, drafts, pointsOnly: d.Type == "ORG"))
            {
                (cores ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(Core(text, tokens, d));
                indexes.Add(d);
            }
        }

        // "Citigroup gained 9.7%": a one-word "person" that moves by percent or points is a company's share.
        foreach (var d in drafts)
        {
            if (d.Type == "PER" && d.TokenCount == 1 && d.Title is null && IsMove(text, tokens, d, drafts, pointsOnly: false))
            {
                d.Type = "ORG";
            }
        }

        if (cores is null)
        {
            return;
        }

        foreach (var d in drafts)
        {
            if (indexes.Contains(d) || (d.Type is "MISC" or "LOC" or "ORG" && (d.Type == "MISC" || d.TokenCount == 1) &&
                !IsListedName(text[d.Start..d.End]) && cores.Contains(Core(text, tokens, d))))
            {
                d.Type = EntityTypes.Product;
                if (d.EndToken < tokens.Count && text.AsSpan(tokens[d.EndToken].Start, tokens[d.EndToken].Length) is "index" &&
                    !drafts.Exists(o => o.FirstToken == d.EndToken))
                {
                    d.End = tokens[d.EndToken].End;
                    d.EndToken++;
                }
            }
        }
    }

    // A nationality ("the British index"), a listed place other than by an index word, or a well-known organisation.
    private bool IsListedName(string name) =>
        lexicon.Nationalities.Contains(name) || lexicon.Organisations.Contains(name) || lexicon.Regions.Contains(name);

    // "Dow Jones" + "Industrial Average", "Standard & Poor's 500" + "Index": the recogniser's two names, one index.
    private static void JoinIndexWords(string text, IReadOnlyList<Token> tokens, List<MentionDraft> drafts)
    {
        for (var k = drafts.Count - 1; k > 0; k--)
        {
            var d = drafts[k];
            var before = drafts[k - 1];
            if (d.Type == "MISC" && before.Type is "MISC" or "ORG" && before.EndToken == d.FirstToken &&
                IndexLastWords.Contains(Text(text, tokens[d.EndToken - 1])) && text.AsSpan(before.End, d.Start - before.End).IsWhiteSpace())
            {
                before.EndToken = d.EndToken;
                before.End = d.End;
                before.Type = "MISC";
                drafts.RemoveAt(k);
            }
        }
    }

    // An organisation's name (a company's shares also fall by percent) counts only by a level or move in points.
    private static bool IsIndex(string text, IReadOnlyList<Token> tokens, MentionDraft d, List<MentionDraft> drafts, bool pointsOnly)
    {
        if (d.TokenCount > 1 && IndexLastWords.Contains(Text(text, tokens[d.EndToken - 1])))
        {
            return true;
        }

        // "the index the Nikkei", "the British stock index FTSE 100".
        var before = d.FirstToken > 0 && Text(text, tokens[d.FirstToken - 1]) == "the" ? d.FirstToken - 2 : d.FirstToken - 1;
        if (!pointsOnly && before >= 0 && Text(text, tokens[before]) == "index")
        {
            return true;
        }

        var next = d.EndToken < tokens.Count ? Text(text, tokens[d.EndToken]) : string.Empty;
        if (!pointsOnly && (IndexWordsAfter.Contains(next) ||
            (next is "stock" && d.EndToken + 1 < tokens.Count && Text(text, tokens[d.EndToken + 1]) is "index" or "market")))
        {
            return true;
        }

        return IsMove(text, tokens, d, drafts, pointsOnly);
    }

    // The subject of a move measured in points or percent, before any other name.
    private static bool IsMove(string text, IReadOnlyList<Token> tokens, MentionDraft d, List<MentionDraft> drafts, bool pointsOnly)
    {
        var moved = false;
        for (var t = d.EndToken; t < Math.Min(tokens.Count - 1, d.EndToken + MoveWindow); t++)
        {
            var word = Text(text, tokens[t]);
            // Another name ends the search, unless it is a conjunct of this one ("the Nasdaq and the S&P 500 dipped").
            if (word is "." or ";" || text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains('\n') ||
                (drafts.Exists(o => o.FirstToken == t && o != d) && !IsConjunct(text, tokens, d.EndToken, t)))
            {
                return false;
            }

            moved |= MoveWords.Contains(word);
            var unit = tokens[t].Kind == TokenKind.Number ? Text(text, tokens[t + 1]) : string.Empty;
            var points = unit is "points" or "pts";

            // A level in points with decimals ("bottomed out at 16,283.72 points") needs no verb of moving.
            if ((moved && (points || (!pointsOnly && MoveUnits.Contains(unit)))) || (points && word.AsSpan().ContainsAny('.', ',')))
            {
                return true;
            }
        }

        return false;
    }

    // Only "and", "or", "in", a comma, "the", possessives and names between the name's end and the other name's start
    // ("Paris' CAC 40 and Frankfurt's DAX 30 indices closed down").
    private static bool IsConjunct(string text, IReadOnlyList<Token> tokens, int end, int other)
    {
        var joined = false;
        for (var t = end; t < other; t++)
        {
            var word = Text(text, tokens[t]);
            if (word is "and" or "or" or "," or "in")
            {
                joined = true;
            }
            else if (word is not ("the" or "'s" or "'" or "’s") && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return joined;
    }

    // The index's own words: without a leading nationality ("British FTSE 100"), a trailing series number or index word.
    private string Core(string text, IReadOnlyList<Token> tokens, MentionDraft d)
    {
        var first = d.FirstToken;
        var end = d.EndToken;
        while (end - first > 1 && lexicon.Nationalities.Contains(Text(text, tokens[first])))
        {
            first++;
        }

        while (end - first > 1 && (tokens[end - 1].Kind == TokenKind.Number || IndexLastWords.Contains(Text(text, tokens[end - 1]))))
        {
            end--;
        }

        return Words(text, tokens, first, end);
    }
}
