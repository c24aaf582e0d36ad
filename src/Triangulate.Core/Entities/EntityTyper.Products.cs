using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Product names written as words ("a Falcor missile", "Quillon launchers", "the Bastion system", "the frigate
/// HMS Example", "the Example-class frigate"): a capitalised name right before a product noun of
/// <see cref="EntityLexicon.ProductHeads"/> (lower-case modifiers such as "cruise" or "anti-tank" may stand between), or
/// a vessel's name right after a noun that may precede names. A name that is a place, a nationality, an outlet, a
/// listed maker or owner ("Airbus jets", "Rheinmetall tanks") or ends in an organisation word keeps
/// its type: the noun then names a kind of product that organisation makes or uses, not a product. A capitalised word
/// after a product noun is never taken ("the Bastion Act" stays as the recogniser had it).
/// </summary>
internal sealed partial class EntityTyper
{
    private const int MaxNameTokens = 3;
    private const int MaxModifiers = 3;

    private static readonly HashSet<string> FunctionWords = new(
        ["The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Your", "My", "Some", "Any",
         "Two", "Three", "Four", "Five", "Six", "Several", "Many", "Most", "All", "Both", "Each", "Every", "No", "New", "Old",
         "And", "Or", "But", "If", "When", "While", "As", "In", "On", "At", "Of", "For", "With", "By", "From", "To", "After", "Before"],
        StringComparer.Ordinal);

    // Finds product names by their nouns and adds them, replacing what the recogniser said about those words.
    private void AddProducts(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions)
    {
        // Span lookups: this loop sees every token, most of them neither a prefix nor a noun.
        var found = new List<(int First, int End, int CharEnd)>();
        var heads = lexicon.ProductHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = lexicon.ShipPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (prefixes.Contains(word) && NameRunAfter(text, tokens, t + 1) is var run and > 0)
            {
                found.Add((t, t + 1 + run, tokens[t + run].End));
                t += run;
                continue;
            }

            if (!heads.TryGetValue(word, out var head))
            {
                continue;
            }

            if (head.BeforeName && !head.Plural && NameRunAfter(text, tokens, t + 1) is var after and > 0 &&
                mentions.Exists(m => m.FirstToken == t + 1 && m.Type is not (EntityTypes.Norp or EntityTypes.Media)) &&
                !IsListedNonProduct(EntityTyper.Words(text, tokens, t + 1, t + 1 + after)))
            {
                found.Add((t + 1, t + 1 + after, tokens[t + after].End));
                continue;
            }

            // Back over the modifiers ("cruise", "anti-tank") to the name.
            var k = t - 1;
            var modifiers = 0;
            while (k >= 0 && modifiers < MaxModifiers && IsModifier(text, tokens[k]))
            {
                k--;
                modifiers++;
            }

            // "Marten 2 tanks": a short number after the name belongs to it.
            var nameEnd = k + 1;
            if (k > 0 && tokens[k].Kind == TokenKind.Number && tokens[k].Length <= 3 && IsNameToken(text, tokens[k - 1]))
            {
                k--;
            }

            var weak = head.Weak && modifiers == 0;
            if (Name(text, tokens, mentions, k, weak) is not { } name)
            {
                continue;
            }

            var end = nameEnd > k + 1 ? nameEnd : k + 1;
            found.Add((name, end, ClassEnd(text, tokens[end - 1])));

            // "NLQ and Quillon anti-tank systems": names joined by "and", "or" or commas before a plural noun.
            var first = name;
            while (head.Plural && first >= 2 && Text(text, tokens[first - 1]) is "and" or "or" or "," &&
                   Name(text, tokens, mentions, first - 2, weak) is { } other)
            {
                found.Add((other, first - 1, tokens[first - 2].End));
                first = other;
            }
        }

        foreach (var (first, end, charEnd) in found)
        {
            Replace(tokens, mentions, first, end, charEnd);
        }
    }

    // The first token of the product name ending at token `last`, or null: up to three capitalised tokens, without
    // leading function words, places, nationalities or owners ("Chilean Vireo drones" gives "Vireo").
    private int? Name(string text, IReadOnlyList<Token> tokens, List<MentionDraft> mentions, int last, bool weak)
    {
        // Capitalised tokens, with codes and short numbers inside ("Falcor 2 Max", "Example 90X").
        // Initials ("N. A. T. O.") do not count against the length.
        var first = last + 1;
        var counted = 0;
        while (first > 0 && counted < MaxNameTokens &&
               (IsNameToken(text, tokens[first - 1]) || (first <= last && first > 1 && IsInnerNameToken(text, tokens[first - 1]) && IsNameToken(text, tokens[first - 2]))))
        {
            first--;
            counted += tokens[first].Length == 2 && text[tokens[first].End - 1] == '.' ? 0 : 1;
        }

        if (first > last || !IsNameToken(text, tokens[first]))
        {
            return null;
        }

        if (first > last)
        {
            return null;
        }

        // Trim known non-products from the left, one word at a time.
        while (first <= last && (FunctionWords.Contains(Text(text, tokens[first])) ||
               (first < last && IsListedNonProduct(Text(text, tokens[first])))))
        {
            first++;
        }

        if (first > last)
        {
            return null;
        }

        var words = EntityTyper.Words(text, tokens, first, last + 1);
        var lastWord = Text(text, tokens[last]);
        if (IsListedNonProduct(words) || lexicon.OrganisationSuffixes.Contains(lastWord) || lexicon.Titles.Contains(lastWord) ||
            lexicon.Titles.Contains(words))
        {
            return null;
        }

        // A sentence's first word is capitalised anyway: only a name the recogniser found, or a code, counts there.
        var covering = mentions.Find(m => m.Overlaps(first, last + 1));
        if (IsSentenceStart(text, tokens, first) && covering is null && tokens[first].Kind != TokenKind.Mixed)
        {
            return null;
        }

        // "a 5 kW engine": a word right after a number is a unit or a count, unless the recogniser named it.
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Number && covering is null && tokens[first].Kind != TokenKind.Mixed)
        {
            return null;
        }

        if (covering is { Type: EntityTypes.Media or EntityTypes.Norp or EntityTypes.Event } ||
            (covering is { Type: EntityTypes.Person, Title: not null }) ||
            (weak && covering is { Type: not EntityTypes.Product }))
        {
            return null;
        }

        return first;
    }

    // Listed as a place, nationality, region, outlet or owner, also when written with points ("N. A. T. O." for "NATO").
    private bool IsListedNonProduct(string words)
    {
        if (lexicon.Places.Contains(words) || lexicon.Nationalities.Contains(words) || lexicon.Regions.Contains(words) ||
            lexicon.Outlets.Contains(words) || lexicon.ProductOwners.Contains(words))
        {
            return true;
        }

        if (!words.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var bare = words.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return bare.Length > 0 && bare != words && IsListedNonProduct(bare);
    }

    // A code or short number inside a name: "9600M", "2".
    private static bool IsInnerNameToken(string text, Token token) =>
        token.Kind == TokenKind.Mixed || (token.Kind == TokenKind.Number && token.Length <= 3 && !text.AsSpan(token.Start, token.Length).Contains(','));

    // The number of capitalised tokens from `first` (particles such as "de" inside): "Example", "Jean de Vries".
    private static int NameRunAfter(string text, IReadOnlyList<Token> tokens, int first)
    {
        var end = first;
        var last = first;
        while (end < tokens.Count && end - first < 5)
        {
            if (IsNameToken(text, tokens[end]))
            {
                last = ++end;
            }
            else if (Text(text, tokens[end]) is "de" or "du" or "la" or "van" or "von" && end + 1 < tokens.Count && IsNameToken(text, tokens[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return last - first;
    }

    private bool IsModifier(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || !char.IsLower(text[token.Start]))
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        return lexicon.ProductModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ||
            (word.Contains('-') && !word.ContainsAnyInRange('A', 'Z'));
    }

    // A capitalised word or code; not an adjective made with a hyphen ("Example-held", "Example-made"), but
    // "Example-class" is a name.
    private static bool IsNameToken(string text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Mixed) || !char.IsUpper(text[token.Start]))
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        var hyphen = word.LastIndexOf('-');
        return hyphen < 0 || hyphen + 1 >= word.Length || !char.IsLower(word[hyphen + 1]) || word.EndsWith("-class", StringComparison.OrdinalIgnoreCase);
    }

    // "Example-class": the name ends before the hyphen.
    private static int ClassEnd(string text, Token token) =>
        text.AsSpan(token.Start, token.Length).EndsWith("-class", StringComparison.OrdinalIgnoreCase) ? token.End - 6 : token.End;

    // Whether token t starts a sentence: first in the text, on a new line, or after end punctuation (and quotes).
    private static bool IsSentenceStart(string text, IReadOnlyList<Token> tokens, int t)
    {
        while (t > 0)
        {
            var previous = tokens[t - 1];
            if (text.AsSpan(previous.End, tokens[t].Start - previous.End).Contains('\n'))
            {
                return true;
            }

            var c = text[previous.Start];
            if (previous.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (c is '.' or '!' or '?' or ':' or ';')
            {
                return true;
            }

            if (c is not ('"' or '\'' or '\u201c' or '\u2018' or '(' or '['))
            {
                return false;
            }

            t--;
        }

        return true;
    }

    // The product [first, end) replaces what overlapped it: a mention running on to the left keeps its left part.
    private static void Replace(IReadOnlyList<Token> tokens, List<MentionDraft> mentions, int first, int end, int charEnd)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (!m.Overlaps(first, end))
            {
                continue;
            }

            if (m.FirstToken < first)
            {
                m.EndToken = first;
                m.End = Math.Min(m.End, tokens[first - 1].End);
            }
            else
            {
                mentions.RemoveAt(i);
            }
        }

        mentions.Add(new MentionDraft(first, end, tokens[first].Start, charEnd, EntityTypes.Product));
    }

    private static string Text(string text, Token token) => text[token.Start..token.End];
}
