using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>
/// Finds time expressions in a sentence's tokens. Hand-written rather than Microsoft.Recognizers.Text: that library
/// (1.8.13, the only version on the mirror) ran its DateTime model at 0.019-0.044 MB/s per paragraph on every 20th
/// BBC article here (this stage: tens of MB/s on the same machine, a thousand times faster), reads the verb "may"
/// as the month May and needs a stand-in for a missing build-tool package to restore; nothing it does is missing
/// here, so it is not used at all. This grammar walks the Token layer once, classifies each word through a frozen
/// lexicon and tries a handful of patterns at each position, longest first.
/// </summary>
internal sealed partial class TimeRecognizer
{
    /// <summary>Words that make the four-digit number after them a year whatever follows ("in 2009", "fiscal 2009").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongYearWords = new[]
    {
        "in", "since", "by", "until", "till", "during", "before", "after", "early", "late", "mid", "year", "fiscal",
        "fy", "spring", "summer", "autumn", "fall", "winter", "circa", "c.", "ca.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which a four-digit number is a year unless a plural follows ("from 2009", but "the 2000 troops").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions = new[]
    {
        "in", "of", "since", "by", "until", "till", "from", "to", "during", "before", "after", "between", "around",
        "through", "and", "or", "early", "late", "mid", "the", "for", "than", "into", "year", "fiscal", "spring",
        "summer", "autumn", "fall", "winter", "circa", "about", "at", "on", "as", "within",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a sentence before a year without naming anything ("That 1978 resolution").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new[]
    {
        "this", "that", "these", "those", "a", "an", "its", "his", "her", "their", "our", "my", "your", "every", "each",
        "some", "any", "no", "both", "all", "only", "unlike", "like", "despite", "under", "over", "with", "without",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthContext = new[]
    {
        "in", "of", "since", "by", "until", "till", "from", "to", "during", "before", "after", "early", "late", "mid",
        "last", "next", "this", "through", "between", "and", "or", "on", "around", "throughout", "end", "beginning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly TimeLexicon _lexicon;
    private string _text = string.Empty;
    private IReadOnlyList<Token> _tokens = [];
    private int _end;
    private int _first;
    private TimeLex[] _lex = new TimeLex[64];

    /// <summary>Creates a recogniser over a lexicon.</summary>
    public TimeRecognizer(TimeLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Adds the time expressions of one sentence to <paramref name="found"/>.</summary>
    public void Recognize(string text, IReadOnlyList<Token> tokens, Sentence sentence, List<TimeMention> found)
    {
        _text = text;
        _tokens = tokens;
        _end = sentence.FirstToken + sentence.TokenCount;
        _first = sentence.FirstToken;
        if (_lex.Length < sentence.TokenCount)
        {
            _lex = new TimeLex[sentence.TokenCount * 2];
        }

        // One dictionary lookup per token; the patterns then read the cached meanings.
        for (var k = 0; k < sentence.TokenCount; k++)
        {
            var t = tokens[_first + k];
            _lex[k] = t.Kind == TokenKind.Punctuation ? default : _lexicon.Lookup(text.AsSpan(t.Start, t.Length));
        }

        var i = sentence.FirstToken;
        while (i < _end)
        {
            if (_lex[i - _first].Word == TimeWord.None && tokens[i].Kind == TokenKind.Word && !CanStartUnlisted(i))
            {
                i++;
                continue;
            }

            var (mention, next) = MatchAt(i);
            if (mention is null)
            {
                i++;
                continue;
            }

            mention.FirstToken = i;
            mention.Start = tokens[i].Start;
            mention.End = tokens[next - 1].End;
            if (mention.Kind == MentionKind.Duration && next < _end)
            {
                AttachAnchor(mention, next);
            }

            found.Add(mention);
            i = next;
        }
    }

    private (TimeMention? Mention, int Next) MatchAt(int i)
    {
        var p = i;
        var hasThe = Is(p, TimeWord.The);
        if (hasThe)
        {
            p++;
        }

        var hasModifier = false;
        if (Is(p, TimeWord.Early) || Is(p, TimeWord.Late) || Is(p, TimeWord.Mid))
        {
            p++;
            hasModifier = true;
        }
        else if (hasThe && IsWord(p, "end", "beginning", "start", "middle", "turn") && Is(p + 1, TimeWord.Of))
        {
            p += 2;
            hasModifier = true;
        }
        else if ((Is(p, TimeWord.Earlier) || Is(p, TimeWord.Later)) &&
            (Is(p + 1, TimeWord.This) || Is(p + 1, TimeWord.Last) || Is(p + 1, TimeWord.Next) || IsWord(p + 1, "that")))
        {
            p++;
            hasModifier = true;
        }

        if (hasModifier && Is(p, TimeWord.The) && Is(p + 1, TimeWord.Unit) && TimeLexicon.UnitCodes[Lex(p + 1).Value] is "Y" or "M" or "W")
        {
            // "the end of the year": the current one.
            return (new TimeMention { Kind = MentionKind.Relative, Unit = TimeLexicon.UnitCodes[Lex(p + 1).Value] }, p + 2);
        }

        if (hasThe && IsWord(p, "near") && (Is(p + 1, TimeWord.Future) || IsWord(p + 1, "term")))
        {
            return (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 2);
        }

        if (MatchAnaphoric(p, hasThe) is { Mention: not null } anaphoric)
        {
            return anaphoric;
        }

        var (core, next) = MatchCore(p, hasThe);
        if (core is null)
        {
            return (null, i);
        }

        // "The" belongs to quarters, halves, decades, durations and references ("the third quarter", "the 1990s",
        // "the past two months", "the future"), as TimeML marks them; not to a plain date.
        var keepThe = hasThe && (hasModifier || core.Kind is not (MentionKind.Calendar or MentionKind.Weekday
            or MentionKind.Interval or MentionKind.Ago));
        if (hasThe && !keepThe)
        {
            // Let the next position take the date without its article.
            return (null, i);
        }

        return (core, next);
    }

    private TimeLex Lex(int i) => i < _end && i >= _first ? _lex[i - _first] : default;

    /// <summary>A word outside the lexicon can start an expression only as a compound ("mid-1990s") or "recent"/"these".</summary>
    private bool CanStartUnlisted(int i)
    {
        var w = Word(i);
        return w.Contains('-') || w.Contains('\u2011') || w.Equals("recent", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("these", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) ||
            (char.IsUpper(w[0]) && _lexicon.StartsHoliday(w));
    }

    private bool Is(int i, TimeWord word) => i < _end && Lex(i).Word == word;

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i, params ReadOnlySpan<string> words) => i < _end && TokenText.EqualsAny(Word(i), words);

    private bool IsPunct(int i, char c) => i < _end && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => i < _end && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '-' or '\u2013' or '\u2014';

    private bool IsCapitalised(int i) => char.IsUpper(_text[_tokens[i].Start]);

    private bool IsNumber(int i) => i < _end && _tokens[i].Kind == TokenKind.Number;

    /// <summary>The integer value of a plain digit token ("2022", "7,500"), or -1.</summary>
    private int IntAt(int i)
    {
        if (!IsNumber(i))
        {
            return -1;
        }

        var w = Word(i);
        if (w.Length > 9 || w.Contains('.') || w.Contains('-'))
        {
            return -1;
        }

        return int.TryParse(w, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    /// <summary>An amount: digits, a number word, or "a"/"an"/"one".</summary>
    private int AmountAt(int i)
    {
        var n = IntAt(i);
        if (n >= 0)
        {
            return n;
        }

        var lex = Lex(i);
        return lex.Word is TimeWord.Number or TimeWord.A ? lex.Value : -1;
    }

    /// <summary>A day of month: "8", "8th", or an ordinal word.</summary>
    private int DayAt(int i)
    {
        if (i >= _end)
        {
            return -1;
        }

        var n = IntAt(i);
        if (n < 0 && _tokens[i].Kind == TokenKind.Mixed)
        {
            var w = Word(i);
            if (w.Length is 3 or 4 && (w.EndsWith("st", StringComparison.OrdinalIgnoreCase) ||
                w.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) ||
                w.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
            {
                int.TryParse(w[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out n);
            }
        }

        if (n < 0 && Lex(i).Word == TimeWord.Ordinal)
        {
            n = Lex(i).Value;
        }

        return n is >= 1 and <= 31 && Word(i).Length <= 12 ? n : -1;
    }

    /// <summary>A year written in full ("2022"), or -1.</summary>
    private int YearAt(int i)
    {
        var n = IntAt(i);
        return n is >= 1000 and <= 2199 && Word(i).Length == 4 ? n : -1;
    }

    private bool IsMonth(int i)
    {
        if (i >= _end || Lex(i).Word != TimeWord.Month || !IsCapitalised(i))
        {
            return false;
        }

        // A short form without its period ("Jan", "Dec") is often a name: take it only before a day or year.
        var word = Word(i);
        if (word.Length <= 4 && word[^1] != '.' && !word.Equals("June", StringComparison.Ordinal) &&
            !word.Equals("July", StringComparison.Ordinal) && !word.Equals("May", StringComparison.Ordinal) &&
            DayAt(i + 1) < 0 && YearAt(i + 1) < 0)
        {
            return false;
        }

        // "May" and "March" are verbs as well: take them only before a day or year, or after a date preposition.
        var w = Word(i);
        if (w.Equals("May", StringComparison.Ordinal) || w.Equals("March", StringComparison.Ordinal) ||
            w.Equals("Mar", StringComparison.Ordinal))
        {
            return DayAt(i + 1) > 0 || YearAt(i + 1) > 0 || (i > 0 && MonthContext.Contains(Word(i - 1))) ||
                (i > 0 && DayAt(i - 1) > 0);
        }

        return true;
    }

    private bool IsWeekday(int i) =>
        i < _end && Lex(i).Word == TimeWord.Weekday && IsCapitalised(i) && (Word(i).Length >= 6 || Word(i)[^1] == '.');
}
