using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>When a bare four-digit number is a year, and when it is part of a name or a count.</summary>
internal sealed partial class TimeRecognizer
{
    /// <summary>
    /// Whether a bare four-digit number is a year: only with evidence (a preposition of time before it, a name or
    /// list word after it, a singular noun it modifies: "in 2009", "2009 and 2010", "the 2012 election"), and never
    /// after a name or a noun it identifies ("Local 1520", "Flight 1549", "Windows 2000", "room 1204") or before a
    /// plural it counts ("the 1520 members").
    /// </summary>
    private bool LooksLikeYear(int p)
    {
        var hasPrevious = p > _first;
        if (hasPrevious && StrongYearWords.Contains(Word(p - 1)))
        {
            return true;
        }

        if (hasPrevious && (_lexicon.IsNumberedName(Word(p - 1)) || IsNameBefore(p - 1)))
        {
            return false;
        }

        var next = p + 1;
        var weak = hasPrevious && YearPrepositions.Contains(Word(p - 1));
        if (next >= _end || _tokens[next].Kind == TokenKind.Punctuation)
        {
            return !IsPunct(next, '%') && !(hasPrevious && IsPunct(p - 1, '$'));
        }

        if (IsCapitalised(next) || IsWord(next, "and", "or", "to", "when", "after", "before", "until", "through", "as", "with"))
        {
            return true;
        }

        // "the 2012 election", "Obama's 2012 campaign": a number in the years of modern news before a singular noun
        // is a year; before a plural it is a count ("2000 troops", "the 1520 members"), unless an article or a
        // preposition puts a modern year there ("the 1992 protests").
        var n = IntAt(p);
        var w = Word(next);
        var modern = n is >= 1900 and <= 2100;
        var plural = _tokens[next].Kind == TokenKind.Word && char.IsLower(w[0]) && IsPluralNoun(w) && Lex(next).Word != TimeWord.Unit &&
            !(hasPrevious && IsWord(p - 1, "a", "an"));
        if (plural)
        {
            return weak && modern;
        }

        if (weak)
        {
            return true;
        }

        return modern && _tokens[next].Kind == TokenKind.Word && char.IsLower(w[0]) &&
            !(hasPrevious && _tokens[p - 1].Kind == TokenKind.Punctuation && _text[_tokens[p - 1].Start] is '$' or '\u20AC' or '\u00A3');
    }

    /// <summary>A word in "-s" that is not a singular in "-ss", "-is" or "-us" ("analysis", "census", "business").</summary>
    private static bool IsPluralNoun(ReadOnlySpan<char> w) =>
        w.Length > 2 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) &&
        !w.EndsWith("us", StringComparison.Ordinal);

    /// <summary>A capitalised word that is not a preposition or a word of time: the name a number belongs to.</summary>
    private bool IsNameBefore(int i) =>
        _tokens[i].Kind is TokenKind.Word or TokenKind.Mixed && IsCapitalised(i) && Lex(i).Word == TimeWord.None &&
        !YearPrepositions.Contains(Word(i)) && !Determiners.Contains(Word(i)) && !_lexicon.StartsHoliday(Word(i));
}
