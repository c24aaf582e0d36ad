using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// A number written right after an organisation's or a thing's name is part of it when it names a series or a
/// member of a family, not a quantity: "S&amp;P 500", "Nikkei 225", "CAC 40", "FTSE 100" (the recogniser stops before
/// the number, so "S&amp;P" and "S&amp;P 500" were one name and the index another). Only a bare whole number of two
/// to four digits, one space after the name, that is not a year (1800-2100) and that no unit, percent sign or
/// further number follows ("Apple 20 percent", "Boeing 2008", "Toyota 1,000"). People and places never take one.
/// The numbered name is a product of the named organisation (a model, an index): "Boeing 777", "S&amp;P 500".
/// </summary>
internal static class NameNumbers
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "percent", "per", "points", "point", "pts", "shares", "jobs", "people", "workers", "million", "billion", "thousand", "times", "years", "days", "months",
        "of", "to", "and", "or", "-", "–", "/", ".", ":",
    };

    public static List<MentionDraft> Extend(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts)
    {
        var starts = new HashSet<int>(drafts.Select(d => d.FirstToken));
        var sentenceEnd = new int[tokens.Count];
        foreach (var s in sentences)
        {
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount && t < tokens.Count; t++)
            {
                sentenceEnd[t] = s.FirstToken + s.TokenCount;
            }
        }

        foreach (var d in drafts)
        {
            // "Airbus 380" tagged whole: a name ending in its series number is the product too.
            if (d.Type is "ORG" or "MISC" && d.TokenCount > 1 && char.IsUpper(text[d.Start]) && tokens[d.EndToken - 1].Kind == TokenKind.Number &&
                text.AsSpan(tokens[d.EndToken - 1].Start, tokens[d.EndToken - 1].Length) is var own && own.Length is >= 2 and <= 4 && IsDigits(own) &&
                !(own.Length == 4 && int.Parse(own, provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1800 and <= 2100) &&
                tokens[d.EndToken - 2].Kind == TokenKind.Word)
            {
                d.Type = EntityTypes.Product;
                continue;
            }

            var n = d.EndToken;

            // "Standard & Poor's 500": the possessive between the name and its number goes with them.
            var possessive = n + 1 < tokens.Count && tokens[n].Start == tokens[n - 1].End && text.AsSpan(tokens[n].Start, tokens[n].Length) is "'s" or "’s";
            if (possessive)
            {
                n++;
            }

            if (d.Type is not ("ORG" or "MISC") || n >= tokens.Count || n >= sentenceEnd[d.EndToken - 1] || starts.Contains(n) || n >= sentenceEnd[n - 1]
                || tokens[n].Start != tokens[n - 1].End + 1 || text[tokens[n - 1].End] != ' ' || !char.IsUpper(text[d.Start]))
            {
                continue;
            }

            var number = text.AsSpan(tokens[n].Start, tokens[n].Length);
            if (number.Length is < 2 or > 4 || !IsDigits(number) || (number.Length == 4 && int.Parse(number, provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1800 and <= 2100)
                || IsDigits(text.AsSpan(tokens[n - 1].Start, tokens[n - 1].Length)))
            {
                continue;
            }

            // "CAC 40 and Frankfurt's DAX 30": "and" or "or" before another name ends a list of names, not a range.
            var listed = n + 2 < sentenceEnd[n] && text[tokens[n + 1].Start..tokens[n + 1].End] is "and" or "or" && char.IsUpper(text[tokens[n + 2].Start]);
            if (n + 1 < sentenceEnd[n] && !listed && (Units.Contains(text[tokens[n + 1].Start..tokens[n + 1].End]) || tokens[n + 1].Kind == TokenKind.Number || tokens[n + 1].Start == tokens[n].End && text[tokens[n + 1].Start] != ','))
            {
                continue;
            }

            d.EndToken = n + 1;
            d.End = tokens[n].End;

            // The name with its series number is a thing of the named one (its model, its index): "Boeing 777" is an
            // aircraft, not the company, and "S&P 500" the index, not Standard & Poor's.
            d.Type = EntityTypes.Product;
        }

        return drafts;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
